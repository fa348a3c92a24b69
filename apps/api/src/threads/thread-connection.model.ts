import { ConnectionType } from '../common/pagination/connection.model';
import { ThreadModel } from './thread.model';

export const ThreadConnection = ConnectionType(ThreadModel, 'Thread');
