import { ConnectionType } from '../common/pagination/connection.model';
import { PostModel } from './post.model';

export const PostConnection = ConnectionType(PostModel, 'Post');
