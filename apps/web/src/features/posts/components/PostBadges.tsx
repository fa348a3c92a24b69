import { useTranslation } from 'react-i18next';
import { Badge } from '@/shared/components/Badge';
import type { PostFieldsFragment } from '@/gql/graphql';

export function PostBadges({ post, isQuestion }: { post: PostFieldsFragment; isQuestion: boolean }) {
  const { t } = useTranslation();
  const land = post.author.organisation.kind === 'LAND' ? post.author.organisation.name : null;
  if (!isQuestion && !post.official && !post.leadLandAnswer && !post.accepted) return null;
  return (
    <div className="app-post__badges">
      {isQuestion ? <Badge variant="info">{t('posts.question')}</Badge> : null}
      {post.official ? (
        <Badge variant="info" icon="verified">
          {land ? t('posts.official', { land }) : t('posts.officialNoLand')}
        </Badge>
      ) : null}
      {post.leadLandAnswer ? (
        <Badge variant="warning" icon="land">
          {t('posts.leadLand')}
        </Badge>
      ) : null}
      {post.accepted ? (
        <Badge variant="success" icon="check-circle">
          {t('posts.accepted')}
        </Badge>
      ) : null}
    </div>
  );
}
