/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DgsVideos {\n    dgsVideos {\n      title\n      url\n      contentType\n      captionsUrl\n    }\n  }\n": typeof types.DgsVideosDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query RecentActivity($first: Int) {\n    recentActivity(first: $first) {\n      kind\n      at\n      actor {\n        displayName\n        organisation\n      }\n      thread {\n        id\n        title\n      }\n      topic {\n        id\n        title\n      }\n      postId\n    }\n  }\n": typeof types.RecentActivityDocument,
    "\n  query ActivityToday {\n    activityToday {\n      since\n      questions\n      officialAnswers\n      solved\n      kommunenJoined\n    }\n  }\n": typeof types.ActivityTodayDocument,
    "\n  query TopicAdoptions($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      viewerAdoption {\n        status\n        model\n        since\n      }\n      adoptions {\n        status\n        model\n        since\n        organisation {\n          id\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          status\n        }\n      }\n    }\n    adoptionMap(topicId: $topicId) {\n      ...LandAdoptionFields\n    }\n  }\n": typeof types.TopicAdoptionsDocument,
    "\n  fragment LandAdoptionFields on LandAdoption {\n    landId\n    code\n    name\n    uses\n    inProgress\n    planned\n  }\n": typeof types.LandAdoptionFieldsFragmentDoc,
    "\n  query AdoptionMap {\n    adoptionMap {\n      ...LandAdoptionFields\n    }\n  }\n": typeof types.AdoptionMapDocument,
    "\n  mutation SetAdoption($topicId: ID!, $status: AdoptionStatus!, $model: String, $since: DateTime) {\n    setAdoption(topicId: $topicId, status: $status, model: $model, since: $since) {\n      status\n      model\n      since\n    }\n  }\n": typeof types.SetAdoptionDocument,
    "\n  query AdminAllowedEmailDomains {\n    allowedEmailDomains {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n": typeof types.AdminAllowedEmailDomainsDocument,
    "\n  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    addAllowedEmailDomain(domain: $domain, kind: $kind) {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n": typeof types.AdminAddAllowedEmailDomainDocument,
    "\n  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    removeAllowedEmailDomain(domain: $domain, kind: $kind)\n  }\n": typeof types.AdminRemoveAllowedEmailDomainDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n        loginUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n": typeof types.PasswordResetLinkStatusDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AdminIdentityProviders {\n    identityProviders {\n      id\n      label\n      issuer\n      clientId\n      trusted\n      organisationClaim\n      organisationId\n      linkedAccounts\n    }\n  }\n": typeof types.AdminIdentityProvidersDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query RegistrationApprovedAtOnce($email: String!) {\n    registrationApprovedAtOnce(email: $email)\n  }\n": typeof types.RegistrationApprovedAtOnceDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n    moderatedBoards {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AdminBoardFields on Board {\n    id\n    slug\n    title\n    description\n    position\n    archived\n  }\n": typeof types.AdminBoardFieldsFragmentDoc,
    "\n  query AdminBoards {\n    boards {\n      ...AdminBoardFields\n      topics {\n        id\n        archived\n      }\n    }\n  }\n": typeof types.AdminBoardsDocument,
    "\n  query AdminBoard($slug: String!) {\n    board(slug: $slug) {\n      ...AdminBoardFields\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n      topics {\n        ...AdminTopicFields\n      }\n    }\n  }\n": typeof types.AdminBoardDocument,
    "\n  mutation AdminCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n": typeof types.AdminCreateBoardDocument,
    "\n  mutation AdminUpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n": typeof types.AdminUpdateBoardDocument,
    "\n  mutation AdminReorderBoards($boardIds: [ID!]!) {\n    reorderBoards(boardIds: $boardIds) {\n      id\n      position\n    }\n  }\n": typeof types.AdminReorderBoardsDocument,
    "\n  query AdminUserSearch($search: String!) {\n    mentionableUsers(search: $search, first: 10) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminUserSearchDocument,
    "\n  mutation AdminAssignBoardModerator($boardId: ID!, $userId: ID!) {\n    assignBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminAssignBoardModeratorDocument,
    "\n  mutation AdminRemoveBoardModerator($boardId: ID!, $userId: ID!) {\n    removeBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminRemoveBoardModeratorDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    viewerUnreadThreadCount\n    viewerNewThreadCount\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n": typeof types.TopicSummaryFieldsFragmentDoc,
    "\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  mutation BookmarkThread($threadId: ID!, $bookmarked: Boolean!) {\n    bookmarkThread(threadId: $threadId, bookmarked: $bookmarked) {\n      id\n      viewerBookmarked\n    }\n  }\n": typeof types.BookmarkThreadDocument,
    "\n  query Bookmarks($first: Int!, $after: String) {\n    bookmarks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          createdAt\n          thread {\n            ...ThreadSummaryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.BookmarksDocument,
    "\n  query Draft($key: String!) {\n    draft(key: $key) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.DraftDocument,
    "\n  mutation SaveDraft($key: String!, $title: String, $body: String!) {\n    saveDraft(key: $key, title: $title, body: $body) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation DeleteDraft($key: String!) {\n    deleteDraft(key: $key)\n  }\n": typeof types.DeleteDraftDocument,
    "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    question\n    answer\n    answerHtml\n    position\n    sourceChanged\n    sourceThread {\n      id\n      title\n    }\n    sourcePost {\n      id\n    }\n  }\n": typeof types.FaqEntryFieldsFragmentDoc,
    "\n  query TopicFaq($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      viewerCanCurateFaq\n      faq {\n        ...FaqEntryFields\n      }\n    }\n  }\n": typeof types.TopicFaqDocument,
    "\n  query FaqEntries($search: String!, $topicId: ID, $first: Int) {\n    faqEntries(search: $search, topicId: $topicId, first: $first) {\n      ...FaqEntryFields\n      topic {\n        id\n        title\n      }\n    }\n  }\n": typeof types.FaqEntriesDocument,
    "\n  mutation PromoteToFaq($postId: ID!, $question: String, $answer: String) {\n    promoteToFaq(postId: $postId, question: $question, answer: $answer) {\n      ...FaqEntryFields\n    }\n  }\n": typeof types.PromoteToFaqDocument,
    "\n  mutation RemoveFaqEntry($id: ID!) {\n    removeFaqEntry(id: $id)\n  }\n": typeof types.RemoveFaqEntryDocument,
    "\n  mutation ReorderFaq($topicId: ID!, $ids: [ID!]!) {\n    reorderFaq(topicId: $topicId, ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderFaqDocument,
    "\n  query FeedToken {\n    feedToken {\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.FeedTokenDocument,
    "\n  mutation CreateFeedToken {\n    createFeedToken\n  }\n": typeof types.CreateFeedTokenDocument,
    "\n  mutation RevokeFeedToken {\n    revokeFeedToken\n  }\n": typeof types.RevokeFeedTokenDocument,
    "\n  query LandQueueCount {\n    landQueueCount\n  }\n": typeof types.LandQueueCountDocument,
    "\n  fragment LandQueueThreadFields on Thread {\n    id\n    title\n    state\n    progress\n    createdAt\n    replyCount\n    hasLandAnswer\n    firstLandAnswerAt\n    topic {\n      id\n      title\n    }\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.LandQueueThreadFieldsFragmentDoc,
    "\n  query LandQueue($first: Int!, $after: String, $topicId: ID, $progress: QuestionProgress) {\n    landQueue(first: $first, after: $after, topicId: $topicId, progress: $progress) {\n      edges {\n        cursor\n        node {\n          ...LandQueueThreadFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.LandQueueDocument,
    "\n  query MyLandTopics($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      ledTopics {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyLandTopicsDocument,
    "\n  query MentionableUsers($search: String!, $first: Int) {\n    mentionableUsers(search: $search, first: $first) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionableUsersDocument,
    "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailDomain\n          emailConfirmed\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PendingUsersDocument,
    "\n  mutation ApproveUser($userId: ID!, $vouchForEmail: Boolean) {\n    approveUser(userId: $userId, vouchForEmail: $vouchForEmail) {\n      id\n      status\n      emailConfirmed\n    }\n  }\n": typeof types.ApproveUserDocument,
    "\n  query ModOpenFlagCount {\n    flags(state: OPEN, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ModOpenFlagCountDocument,
    "\n  query ModFlagQueue($state: FlagState, $first: Int!, $after: String) {\n    flags(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          reason\n          comment\n          state\n          createdAt\n          resolvedAt\n          resolutionNote\n          resolvedBy {\n            id\n            displayName\n          }\n          reporter {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n          post {\n            id\n            bodyHtml\n            hidden\n            hiddenReason\n            deleted\n            createdAt\n            author {\n              id\n              displayName\n              organisation {\n                id\n                name\n              }\n            }\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ModFlagQueueDocument,
    "\n  mutation ModResolveFlagsForPost($postId: ID!, $dismiss: Boolean, $note: String) {\n    resolveFlagsForPost(postId: $postId, dismiss: $dismiss, note: $note) {\n      id\n      state\n      resolvedAt\n      resolutionNote\n    }\n  }\n": typeof types.ModResolveFlagsForPostDocument,
    "\n  mutation ModHidePost($postId: ID!, $reason: String!, $hidden: Boolean) {\n    hidePost(postId: $postId, reason: $reason, hidden: $hidden) {\n      id\n      hidden\n      hiddenReason\n      body\n      bodyHtml\n    }\n  }\n": typeof types.ModHidePostDocument,
    "\n  mutation ModFlagPost($postId: ID!, $reason: String!, $comment: String) {\n    flagPost(postId: $postId, reason: $reason, comment: $comment) {\n      id\n      state\n    }\n  }\n": typeof types.ModFlagPostDocument,
    "\n  query ModThreadModerationInfo($id: ID!) {\n    thread(id: $id) {\n      id\n      topic {\n        id\n        board {\n          id\n          moderators {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModThreadModerationInfoDocument,
    "\n  mutation ModLockThread($threadId: ID!, $locked: Boolean!, $reason: String) {\n    lockThread(threadId: $threadId, locked: $locked, reason: $reason) {\n      id\n      locked\n      viewerCanReply\n    }\n  }\n": typeof types.ModLockThreadDocument,
    "\n  mutation ModCloseThread($threadId: ID!, $closed: Boolean!, $reason: String) {\n    closeThread(threadId: $threadId, closed: $closed, reason: $reason) {\n      id\n      state\n      progress\n    }\n  }\n": typeof types.ModCloseThreadDocument,
    "\n  mutation ModPinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.ModPinThreadDocument,
    "\n  query ModMoveTargets {\n    boards {\n      id\n      title\n      archived\n      topics {\n        id\n        title\n        archived\n      }\n    }\n  }\n": typeof types.ModMoveTargetsDocument,
    "\n  mutation ModMoveThread($threadId: ID!, $topicId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, topicId: $topicId, reason: $reason) {\n      id\n      topic {\n        id\n        title\n        board {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n": typeof types.ModMoveThreadDocument,
    "\n  query ModTopicThreadsForMerge($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      threads(first: 100) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModTopicThreadsForMergeDocument,
    "\n  mutation ModMergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) {\n      id\n      title\n    }\n  }\n": typeof types.ModMergeThreadsDocument,
    "\n  query ModAuditLog($first: Int!, $after: String, $action: String, $actorId: ID, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, actorId: $actorId, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          targetPath\n          reason\n          createdAt\n          actor {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ModAuditLogDocument,
    "\n  query ModAuditActors {\n    auditActors {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ModAuditActorsDocument,
    "\n  mutation ModRejectUser($userId: ID!, $reason: String!) {\n    rejectUser(userId: $userId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ModRejectUserDocument,
    "\n  query ModUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.ModUserDocument,
    "\n  mutation ModSuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.ModSuspendUserDocument,
    "\n  mutation ModUnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.ModUnsuspendUserDocument,
    "\n  mutation ModSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ModSetUserRoleDocument,
    "\n  query NotificationSettings {\n    digestFrequency\n    notificationPreferences {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($type: NotificationType!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(type: $type, inApp: $inApp, email: $email) {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetDigestFrequency($frequency: DigestFrequency!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n": typeof types.SetDigestFrequencyDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    read\n    createdAt\n    detail\n    thread {\n      id\n      title\n      author {\n        id\n      }\n    }\n    post {\n      id\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      code\n      land {\n        id\n        name\n        code\n      }\n      ledTopics {\n        id\n        title\n        board {\n          id\n          title\n        }\n      }\n      kommunen {\n        id\n        name\n        code\n      }\n      activity {\n        members\n        questions\n        posts\n        officialAnswers\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query LandReportRow {\n    kommunalpaktReport {\n      generatedAt\n      laender {\n        land {\n          id\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n    }\n  }\n": typeof types.LandReportRowDocument,
    "\n  query KommunenDirectory {\n    participatingKommunen {\n      id\n      name\n      code\n      land {\n        id\n        name\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n": typeof types.KommunenDirectoryDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    attachments {\n      id\n      name\n      size\n      contentType\n      url\n    }\n    helpfulCount\n    viewerFoundHelpful\n    helpfulBy(first: 10) {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": typeof types.RenderMarkdownDocument,
    "\n  mutation SetHelpful($postId: ID!, $helpful: Boolean!) {\n    setHelpful(postId: $postId, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n      helpfulBy(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetHelpfulDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $upToPostId: ID) {\n    markThreadRead(threadId: $threadId, upToPostId: $upToPostId) {\n      id\n      viewerIsNew\n      viewerUnreadCount\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation MarkAllRead($boardId: ID, $topicId: ID) {\n    markAllRead(boardId: $boardId, topicId: $topicId)\n  }\n": typeof types.MarkAllReadDocument,
    "\n  query LatestThreads($first: Int!, $after: String, $unansweredOnly: Boolean) {\n    latestThreads(first: $first, after: $after, unansweredOnly: $unansweredOnly) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.LatestThreadsDocument,
    "\n  query KommunalpaktReport($from: DateTime, $to: DateTime) {\n    kommunalpaktReport(from: $from, to: $to) {\n      generatedAt\n      from\n      to\n      services {\n        topic {\n          id\n          title\n          leadLand {\n            id\n            name\n          }\n          board {\n            id\n            slug\n          }\n        }\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        municipalities\n        lastActivityAt\n        weeklyQuestions\n      }\n      laender {\n        land {\n          id\n          name\n          code\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n      tags {\n        tag {\n          id\n          slug\n          name\n        }\n        questions\n        answered\n        answeredShare\n        services\n      }\n    }\n  }\n": typeof types.KommunalpaktReportDocument,
    "\n  query ParticipatingKommunenCount {\n    participatingKommunen {\n      id\n    }\n  }\n": typeof types.ParticipatingKommunenCountDocument,
    "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter, $sort: SearchSort) {\n    search(query: $query, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          headline\n          rank\n          thread {\n            id\n            title\n            state\n            progress\n            createdAt\n            topic {\n              id\n              title\n              board {\n                id\n                title\n              }\n            }\n          }\n          post {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchFilterOptions {\n    boards {\n      id\n      slug\n      title\n      topics {\n        id\n        title\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n    tags {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SearchFilterOptionsDocument,
    "\n  query SimilarThreads($title: String!, $topicId: ID, $first: Int) {\n    similarThreads(title: $title, topicId: $topicId, first: $first) {\n      sameTopic\n      score\n      thread {\n        id\n        title\n        state\n        progress\n        replyCount\n        topic {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.SimilarThreadsDocument,
    "\n  query Services($search: String!) {\n    services(search: $search) {\n      id\n      title\n      leadLand {\n        id\n        name\n      }\n      board {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query SearchSuggestion($query: String!) {\n    searchSuggestion(query: $query) {\n      correction\n      service {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SearchSuggestionDocument,
    "\n  query SynonymServices {\n    boards {\n      id\n      title\n      topics {\n        id\n        title\n        archived\n        leadLand {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SynonymServicesDocument,
    "\n  query ServiceSynonyms($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      synonyms {\n        id\n        term\n      }\n    }\n  }\n": typeof types.ServiceSynonymsDocument,
    "\n  mutation AddServiceSynonym($topicId: ID!, $term: String!) {\n    addServiceSynonym(topicId: $topicId, term: $term) {\n      id\n      term\n    }\n  }\n": typeof types.AddServiceSynonymDocument,
    "\n  mutation UpdateServiceSynonym($id: ID!, $term: String!) {\n    updateServiceSynonym(id: $id, term: $term) {\n      id\n      term\n    }\n  }\n": typeof types.UpdateServiceSynonymDocument,
    "\n  mutation RemoveServiceSynonym($id: ID!) {\n    removeServiceSynonym(id: $id)\n  }\n": typeof types.RemoveServiceSynonymDocument,
    "\n  query TagsAdmin {\n    tags {\n      id\n      slug\n      name\n      description\n      questionCount\n    }\n  }\n": typeof types.TagsAdminDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.MergeTagsDocument,
    "\n  query Tags {\n    tags {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.TagsDocument,
    "\n  query ThreadTags($id: ID!) {\n    thread(id: $id) {\n      id\n      tags {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ThreadTagsDocument,
    "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      slug\n      name\n      description\n      threads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n            topic {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  query MyThreads($first: Int!, $after: String, $progress: QuestionProgress) {\n    myThreads(first: $first, after: $after, progress: $progress) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          state\n          progress\n          createdAt\n          lastActivityAt\n          replyCount\n          hasLandAnswer\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.MyThreadsDocument,
    "\n  mutation ReopenThread($threadId: ID!) {\n    reopenThread(threadId: $threadId) {\n      id\n      state\n      progress\n    }\n  }\n": typeof types.ReopenThreadDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    progress\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    viewerIsNew\n    viewerUnreadCount\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      progress\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      viewerBookmarked\n      viewerFirstUnreadPostId\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.NewThreadTopicDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      progress\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  fragment ServiceProfileFields on Topic {\n    id\n    title\n    description\n    ozgId\n    leikaKey\n    serviceStatus\n    contactRole\n    standards\n    link\n    reuseLinks {\n      model\n      label\n      url\n    }\n    profileUpdatedAt\n    profileUpdatedBy {\n      id\n      displayName\n    }\n    leadLand {\n      id\n      name\n      code\n    }\n    viewerCanEditProfile\n  }\n": typeof types.ServiceProfileFieldsFragmentDoc,
    "\n  query ServiceProfile($id: ID!) {\n    topic(id: $id) {\n      ...ServiceProfileFields\n      board {\n        id\n        slug\n        title\n      }\n      faq {\n        id\n        question\n        answerHtml\n      }\n    }\n  }\n": typeof types.ServiceProfileDocument,
    "\n  query ServiceProfileHistory($id: ID!) {\n    topic(id: $id) {\n      id\n      profileHistory {\n        id\n        createdAt\n        changedFields\n        serviceStatus\n        contactRole\n        standards\n        editor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ServiceProfileHistoryDocument,
    "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...ServiceProfileFields\n    }\n  }\n": typeof types.UpdateServiceProfileDocument,
    "\n  fragment AdminTopicFields on Topic {\n    id\n    title\n    description\n    archived\n    ozgId\n    leikaKey\n    serviceStatus\n    link\n    leadLand {\n      id\n      name\n    }\n    board {\n      id\n    }\n  }\n": typeof types.AdminTopicFieldsFragmentDoc,
    "\n  query AdminTopic($id: ID!) {\n    topic(id: $id) {\n      ...AdminTopicFields\n    }\n  }\n": typeof types.AdminTopicDocument,
    "\n  query AdminLands {\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n": typeof types.AdminLandsDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": typeof types.AdminCreateTopicDocument,
    "\n  mutation AdminUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": typeof types.AdminUpdateTopicDocument,
    "\n  query Topic($id: ID!, $progress: QuestionProgress, $tagId: ID, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      ...ServiceProfileFields\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, progress: $progress, tagId: $tagId) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.TopicDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      threadCount\n      postCount\n      acceptedAnswerCount\n      organisation {\n        id\n        name\n        kind\n      }\n      recentThreads(first: 5) {\n        id\n        title\n        state\n        progress\n        createdAt\n      }\n      recentPosts(first: 5, repliesOnly: true) {\n        id\n        createdAt\n        accepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PublicUserDocument,
    "\n  query BoardWatchLevel($slug: String!) {\n    board(slug: $slug) {\n      id\n      viewerWatchLevel\n    }\n  }\n": typeof types.BoardWatchLevelDocument,
    "\n  query TopicWatchLevel($id: ID!) {\n    topic(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n": typeof types.TopicWatchLevelDocument,
    "\n  query ThreadWatchLevel($id: ID!) {\n    thread(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n": typeof types.ThreadWatchLevelDocument,
    "\n  mutation Watch($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {\n    watch(targetType: $targetType, targetId: $targetId, level: $level)\n  }\n": typeof types.WatchDocument,
};
const documents: Documents = {
    "\n  query DgsVideos {\n    dgsVideos {\n      title\n      url\n      contentType\n      captionsUrl\n    }\n  }\n": types.DgsVideosDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query RecentActivity($first: Int) {\n    recentActivity(first: $first) {\n      kind\n      at\n      actor {\n        displayName\n        organisation\n      }\n      thread {\n        id\n        title\n      }\n      topic {\n        id\n        title\n      }\n      postId\n    }\n  }\n": types.RecentActivityDocument,
    "\n  query ActivityToday {\n    activityToday {\n      since\n      questions\n      officialAnswers\n      solved\n      kommunenJoined\n    }\n  }\n": types.ActivityTodayDocument,
    "\n  query TopicAdoptions($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      viewerAdoption {\n        status\n        model\n        since\n      }\n      adoptions {\n        status\n        model\n        since\n        organisation {\n          id\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          status\n        }\n      }\n    }\n    adoptionMap(topicId: $topicId) {\n      ...LandAdoptionFields\n    }\n  }\n": types.TopicAdoptionsDocument,
    "\n  fragment LandAdoptionFields on LandAdoption {\n    landId\n    code\n    name\n    uses\n    inProgress\n    planned\n  }\n": types.LandAdoptionFieldsFragmentDoc,
    "\n  query AdoptionMap {\n    adoptionMap {\n      ...LandAdoptionFields\n    }\n  }\n": types.AdoptionMapDocument,
    "\n  mutation SetAdoption($topicId: ID!, $status: AdoptionStatus!, $model: String, $since: DateTime) {\n    setAdoption(topicId: $topicId, status: $status, model: $model, since: $since) {\n      status\n      model\n      since\n    }\n  }\n": types.SetAdoptionDocument,
    "\n  query AdminAllowedEmailDomains {\n    allowedEmailDomains {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n": types.AdminAllowedEmailDomainsDocument,
    "\n  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    addAllowedEmailDomain(domain: $domain, kind: $kind) {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n": types.AdminAddAllowedEmailDomainDocument,
    "\n  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    removeAllowedEmailDomain(domain: $domain, kind: $kind)\n  }\n": types.AdminRemoveAllowedEmailDomainDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n        loginUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n": types.PasswordResetLinkStatusDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query AdminIdentityProviders {\n    identityProviders {\n      id\n      label\n      issuer\n      clientId\n      trusted\n      organisationClaim\n      organisationId\n      linkedAccounts\n    }\n  }\n": types.AdminIdentityProvidersDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterDocument,
    "\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query RegistrationApprovedAtOnce($email: String!) {\n    registrationApprovedAtOnce(email: $email)\n  }\n": types.RegistrationApprovedAtOnceDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n    moderatedBoards {\n      id\n      slug\n      title\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AdminBoardFields on Board {\n    id\n    slug\n    title\n    description\n    position\n    archived\n  }\n": types.AdminBoardFieldsFragmentDoc,
    "\n  query AdminBoards {\n    boards {\n      ...AdminBoardFields\n      topics {\n        id\n        archived\n      }\n    }\n  }\n": types.AdminBoardsDocument,
    "\n  query AdminBoard($slug: String!) {\n    board(slug: $slug) {\n      ...AdminBoardFields\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n      topics {\n        ...AdminTopicFields\n      }\n    }\n  }\n": types.AdminBoardDocument,
    "\n  mutation AdminCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n": types.AdminCreateBoardDocument,
    "\n  mutation AdminUpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n": types.AdminUpdateBoardDocument,
    "\n  mutation AdminReorderBoards($boardIds: [ID!]!) {\n    reorderBoards(boardIds: $boardIds) {\n      id\n      position\n    }\n  }\n": types.AdminReorderBoardsDocument,
    "\n  query AdminUserSearch($search: String!) {\n    mentionableUsers(search: $search, first: 10) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AdminUserSearchDocument,
    "\n  mutation AdminAssignBoardModerator($boardId: ID!, $userId: ID!) {\n    assignBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminAssignBoardModeratorDocument,
    "\n  mutation AdminRemoveBoardModerator($boardId: ID!, $userId: ID!) {\n    removeBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminRemoveBoardModeratorDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    viewerUnreadThreadCount\n    viewerNewThreadCount\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n": types.TopicSummaryFieldsFragmentDoc,
    "\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n": types.BoardsDocument,
    "\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  mutation BookmarkThread($threadId: ID!, $bookmarked: Boolean!) {\n    bookmarkThread(threadId: $threadId, bookmarked: $bookmarked) {\n      id\n      viewerBookmarked\n    }\n  }\n": types.BookmarkThreadDocument,
    "\n  query Bookmarks($first: Int!, $after: String) {\n    bookmarks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          createdAt\n          thread {\n            ...ThreadSummaryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.BookmarksDocument,
    "\n  query Draft($key: String!) {\n    draft(key: $key) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n": types.DraftDocument,
    "\n  mutation SaveDraft($key: String!, $title: String, $body: String!) {\n    saveDraft(key: $key, title: $title, body: $body) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation DeleteDraft($key: String!) {\n    deleteDraft(key: $key)\n  }\n": types.DeleteDraftDocument,
    "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    question\n    answer\n    answerHtml\n    position\n    sourceChanged\n    sourceThread {\n      id\n      title\n    }\n    sourcePost {\n      id\n    }\n  }\n": types.FaqEntryFieldsFragmentDoc,
    "\n  query TopicFaq($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      viewerCanCurateFaq\n      faq {\n        ...FaqEntryFields\n      }\n    }\n  }\n": types.TopicFaqDocument,
    "\n  query FaqEntries($search: String!, $topicId: ID, $first: Int) {\n    faqEntries(search: $search, topicId: $topicId, first: $first) {\n      ...FaqEntryFields\n      topic {\n        id\n        title\n      }\n    }\n  }\n": types.FaqEntriesDocument,
    "\n  mutation PromoteToFaq($postId: ID!, $question: String, $answer: String) {\n    promoteToFaq(postId: $postId, question: $question, answer: $answer) {\n      ...FaqEntryFields\n    }\n  }\n": types.PromoteToFaqDocument,
    "\n  mutation RemoveFaqEntry($id: ID!) {\n    removeFaqEntry(id: $id)\n  }\n": types.RemoveFaqEntryDocument,
    "\n  mutation ReorderFaq($topicId: ID!, $ids: [ID!]!) {\n    reorderFaq(topicId: $topicId, ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderFaqDocument,
    "\n  query FeedToken {\n    feedToken {\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.FeedTokenDocument,
    "\n  mutation CreateFeedToken {\n    createFeedToken\n  }\n": types.CreateFeedTokenDocument,
    "\n  mutation RevokeFeedToken {\n    revokeFeedToken\n  }\n": types.RevokeFeedTokenDocument,
    "\n  query LandQueueCount {\n    landQueueCount\n  }\n": types.LandQueueCountDocument,
    "\n  fragment LandQueueThreadFields on Thread {\n    id\n    title\n    state\n    progress\n    createdAt\n    replyCount\n    hasLandAnswer\n    firstLandAnswerAt\n    topic {\n      id\n      title\n    }\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.LandQueueThreadFieldsFragmentDoc,
    "\n  query LandQueue($first: Int!, $after: String, $topicId: ID, $progress: QuestionProgress) {\n    landQueue(first: $first, after: $after, topicId: $topicId, progress: $progress) {\n      edges {\n        cursor\n        node {\n          ...LandQueueThreadFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.LandQueueDocument,
    "\n  query MyLandTopics($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      ledTopics {\n        id\n        title\n      }\n    }\n  }\n": types.MyLandTopicsDocument,
    "\n  query MentionableUsers($search: String!, $first: Int) {\n    mentionableUsers(search: $search, first: $first) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MentionableUsersDocument,
    "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailDomain\n          emailConfirmed\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PendingUsersDocument,
    "\n  mutation ApproveUser($userId: ID!, $vouchForEmail: Boolean) {\n    approveUser(userId: $userId, vouchForEmail: $vouchForEmail) {\n      id\n      status\n      emailConfirmed\n    }\n  }\n": types.ApproveUserDocument,
    "\n  query ModOpenFlagCount {\n    flags(state: OPEN, first: 1) {\n      totalCount\n    }\n  }\n": types.ModOpenFlagCountDocument,
    "\n  query ModFlagQueue($state: FlagState, $first: Int!, $after: String) {\n    flags(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          reason\n          comment\n          state\n          createdAt\n          resolvedAt\n          resolutionNote\n          resolvedBy {\n            id\n            displayName\n          }\n          reporter {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n          post {\n            id\n            bodyHtml\n            hidden\n            hiddenReason\n            deleted\n            createdAt\n            author {\n              id\n              displayName\n              organisation {\n                id\n                name\n              }\n            }\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ModFlagQueueDocument,
    "\n  mutation ModResolveFlagsForPost($postId: ID!, $dismiss: Boolean, $note: String) {\n    resolveFlagsForPost(postId: $postId, dismiss: $dismiss, note: $note) {\n      id\n      state\n      resolvedAt\n      resolutionNote\n    }\n  }\n": types.ModResolveFlagsForPostDocument,
    "\n  mutation ModHidePost($postId: ID!, $reason: String!, $hidden: Boolean) {\n    hidePost(postId: $postId, reason: $reason, hidden: $hidden) {\n      id\n      hidden\n      hiddenReason\n      body\n      bodyHtml\n    }\n  }\n": types.ModHidePostDocument,
    "\n  mutation ModFlagPost($postId: ID!, $reason: String!, $comment: String) {\n    flagPost(postId: $postId, reason: $reason, comment: $comment) {\n      id\n      state\n    }\n  }\n": types.ModFlagPostDocument,
    "\n  query ModThreadModerationInfo($id: ID!) {\n    thread(id: $id) {\n      id\n      topic {\n        id\n        board {\n          id\n          moderators {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ModThreadModerationInfoDocument,
    "\n  mutation ModLockThread($threadId: ID!, $locked: Boolean!, $reason: String) {\n    lockThread(threadId: $threadId, locked: $locked, reason: $reason) {\n      id\n      locked\n      viewerCanReply\n    }\n  }\n": types.ModLockThreadDocument,
    "\n  mutation ModCloseThread($threadId: ID!, $closed: Boolean!, $reason: String) {\n    closeThread(threadId: $threadId, closed: $closed, reason: $reason) {\n      id\n      state\n      progress\n    }\n  }\n": types.ModCloseThreadDocument,
    "\n  mutation ModPinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.ModPinThreadDocument,
    "\n  query ModMoveTargets {\n    boards {\n      id\n      title\n      archived\n      topics {\n        id\n        title\n        archived\n      }\n    }\n  }\n": types.ModMoveTargetsDocument,
    "\n  mutation ModMoveThread($threadId: ID!, $topicId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, topicId: $topicId, reason: $reason) {\n      id\n      topic {\n        id\n        title\n        board {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n": types.ModMoveThreadDocument,
    "\n  query ModTopicThreadsForMerge($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      threads(first: 100) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ModTopicThreadsForMergeDocument,
    "\n  mutation ModMergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) {\n      id\n      title\n    }\n  }\n": types.ModMergeThreadsDocument,
    "\n  query ModAuditLog($first: Int!, $after: String, $action: String, $actorId: ID, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, actorId: $actorId, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          targetPath\n          reason\n          createdAt\n          actor {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ModAuditLogDocument,
    "\n  query ModAuditActors {\n    auditActors {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ModAuditActorsDocument,
    "\n  mutation ModRejectUser($userId: ID!, $reason: String!) {\n    rejectUser(userId: $userId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ModRejectUserDocument,
    "\n  query ModUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.ModUserDocument,
    "\n  mutation ModSuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.ModSuspendUserDocument,
    "\n  mutation ModUnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.ModUnsuspendUserDocument,
    "\n  mutation ModSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ModSetUserRoleDocument,
    "\n  query NotificationSettings {\n    digestFrequency\n    notificationPreferences {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($type: NotificationType!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(type: $type, inApp: $inApp, email: $email) {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetDigestFrequency($frequency: DigestFrequency!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n": types.SetDigestFrequencyDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    read\n    createdAt\n    detail\n    thread {\n      id\n      title\n      author {\n        id\n      }\n    }\n    post {\n      id\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      code\n      land {\n        id\n        name\n        code\n      }\n      ledTopics {\n        id\n        title\n        board {\n          id\n          title\n        }\n      }\n      kommunen {\n        id\n        name\n        code\n      }\n      activity {\n        members\n        questions\n        posts\n        officialAnswers\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query LandReportRow {\n    kommunalpaktReport {\n      generatedAt\n      laender {\n        land {\n          id\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n    }\n  }\n": types.LandReportRowDocument,
    "\n  query KommunenDirectory {\n    participatingKommunen {\n      id\n      name\n      code\n      land {\n        id\n        name\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n": types.KommunenDirectoryDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    attachments {\n      id\n      name\n      size\n      contentType\n      url\n    }\n    helpfulCount\n    viewerFoundHelpful\n    helpfulBy(first: 10) {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": types.RenderMarkdownDocument,
    "\n  mutation SetHelpful($postId: ID!, $helpful: Boolean!) {\n    setHelpful(postId: $postId, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n      helpfulBy(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetHelpfulDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $upToPostId: ID) {\n    markThreadRead(threadId: $threadId, upToPostId: $upToPostId) {\n      id\n      viewerIsNew\n      viewerUnreadCount\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation MarkAllRead($boardId: ID, $topicId: ID) {\n    markAllRead(boardId: $boardId, topicId: $topicId)\n  }\n": types.MarkAllReadDocument,
    "\n  query LatestThreads($first: Int!, $after: String, $unansweredOnly: Boolean) {\n    latestThreads(first: $first, after: $after, unansweredOnly: $unansweredOnly) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.LatestThreadsDocument,
    "\n  query KommunalpaktReport($from: DateTime, $to: DateTime) {\n    kommunalpaktReport(from: $from, to: $to) {\n      generatedAt\n      from\n      to\n      services {\n        topic {\n          id\n          title\n          leadLand {\n            id\n            name\n          }\n          board {\n            id\n            slug\n          }\n        }\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        municipalities\n        lastActivityAt\n        weeklyQuestions\n      }\n      laender {\n        land {\n          id\n          name\n          code\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n      tags {\n        tag {\n          id\n          slug\n          name\n        }\n        questions\n        answered\n        answeredShare\n        services\n      }\n    }\n  }\n": types.KommunalpaktReportDocument,
    "\n  query ParticipatingKommunenCount {\n    participatingKommunen {\n      id\n    }\n  }\n": types.ParticipatingKommunenCountDocument,
    "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter, $sort: SearchSort) {\n    search(query: $query, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          headline\n          rank\n          thread {\n            id\n            title\n            state\n            progress\n            createdAt\n            topic {\n              id\n              title\n              board {\n                id\n                title\n              }\n            }\n          }\n          post {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchFilterOptions {\n    boards {\n      id\n      slug\n      title\n      topics {\n        id\n        title\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n    tags {\n      id\n      slug\n      name\n    }\n  }\n": types.SearchFilterOptionsDocument,
    "\n  query SimilarThreads($title: String!, $topicId: ID, $first: Int) {\n    similarThreads(title: $title, topicId: $topicId, first: $first) {\n      sameTopic\n      score\n      thread {\n        id\n        title\n        state\n        progress\n        replyCount\n        topic {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.SimilarThreadsDocument,
    "\n  query Services($search: String!) {\n    services(search: $search) {\n      id\n      title\n      leadLand {\n        id\n        name\n      }\n      board {\n        id\n        title\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query SearchSuggestion($query: String!) {\n    searchSuggestion(query: $query) {\n      correction\n      service {\n        id\n        title\n      }\n    }\n  }\n": types.SearchSuggestionDocument,
    "\n  query SynonymServices {\n    boards {\n      id\n      title\n      topics {\n        id\n        title\n        archived\n        leadLand {\n          id\n        }\n      }\n    }\n  }\n": types.SynonymServicesDocument,
    "\n  query ServiceSynonyms($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      synonyms {\n        id\n        term\n      }\n    }\n  }\n": types.ServiceSynonymsDocument,
    "\n  mutation AddServiceSynonym($topicId: ID!, $term: String!) {\n    addServiceSynonym(topicId: $topicId, term: $term) {\n      id\n      term\n    }\n  }\n": types.AddServiceSynonymDocument,
    "\n  mutation UpdateServiceSynonym($id: ID!, $term: String!) {\n    updateServiceSynonym(id: $id, term: $term) {\n      id\n      term\n    }\n  }\n": types.UpdateServiceSynonymDocument,
    "\n  mutation RemoveServiceSynonym($id: ID!) {\n    removeServiceSynonym(id: $id)\n  }\n": types.RemoveServiceSynonymDocument,
    "\n  query TagsAdmin {\n    tags {\n      id\n      slug\n      name\n      description\n      questionCount\n    }\n  }\n": types.TagsAdminDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.UpdateTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.MergeTagsDocument,
    "\n  query Tags {\n    tags {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.TagsDocument,
    "\n  query ThreadTags($id: ID!) {\n    thread(id: $id) {\n      id\n      tags {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ThreadTagsDocument,
    "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      slug\n      name\n      description\n      threads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n            topic {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.TagPageDocument,
    "\n  query MyThreads($first: Int!, $after: String, $progress: QuestionProgress) {\n    myThreads(first: $first, after: $after, progress: $progress) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          state\n          progress\n          createdAt\n          lastActivityAt\n          replyCount\n          hasLandAnswer\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.MyThreadsDocument,
    "\n  mutation ReopenThread($threadId: ID!) {\n    reopenThread(threadId: $threadId) {\n      id\n      state\n      progress\n    }\n  }\n": types.ReopenThreadDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    progress\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    viewerIsNew\n    viewerUnreadCount\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      progress\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      viewerBookmarked\n      viewerFirstUnreadPostId\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.NewThreadTopicDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      progress\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  fragment ServiceProfileFields on Topic {\n    id\n    title\n    description\n    ozgId\n    leikaKey\n    serviceStatus\n    contactRole\n    standards\n    link\n    reuseLinks {\n      model\n      label\n      url\n    }\n    profileUpdatedAt\n    profileUpdatedBy {\n      id\n      displayName\n    }\n    leadLand {\n      id\n      name\n      code\n    }\n    viewerCanEditProfile\n  }\n": types.ServiceProfileFieldsFragmentDoc,
    "\n  query ServiceProfile($id: ID!) {\n    topic(id: $id) {\n      ...ServiceProfileFields\n      board {\n        id\n        slug\n        title\n      }\n      faq {\n        id\n        question\n        answerHtml\n      }\n    }\n  }\n": types.ServiceProfileDocument,
    "\n  query ServiceProfileHistory($id: ID!) {\n    topic(id: $id) {\n      id\n      profileHistory {\n        id\n        createdAt\n        changedFields\n        serviceStatus\n        contactRole\n        standards\n        editor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ServiceProfileHistoryDocument,
    "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...ServiceProfileFields\n    }\n  }\n": types.UpdateServiceProfileDocument,
    "\n  fragment AdminTopicFields on Topic {\n    id\n    title\n    description\n    archived\n    ozgId\n    leikaKey\n    serviceStatus\n    link\n    leadLand {\n      id\n      name\n    }\n    board {\n      id\n    }\n  }\n": types.AdminTopicFieldsFragmentDoc,
    "\n  query AdminTopic($id: ID!) {\n    topic(id: $id) {\n      ...AdminTopicFields\n    }\n  }\n": types.AdminTopicDocument,
    "\n  query AdminLands {\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n": types.AdminLandsDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": types.AdminCreateTopicDocument,
    "\n  mutation AdminUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": types.AdminUpdateTopicDocument,
    "\n  query Topic($id: ID!, $progress: QuestionProgress, $tagId: ID, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      ...ServiceProfileFields\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, progress: $progress, tagId: $tagId) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.TopicDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      threadCount\n      postCount\n      acceptedAnswerCount\n      organisation {\n        id\n        name\n        kind\n      }\n      recentThreads(first: 5) {\n        id\n        title\n        state\n        progress\n        createdAt\n      }\n      recentPosts(first: 5, repliesOnly: true) {\n        id\n        createdAt\n        accepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PublicUserDocument,
    "\n  query BoardWatchLevel($slug: String!) {\n    board(slug: $slug) {\n      id\n      viewerWatchLevel\n    }\n  }\n": types.BoardWatchLevelDocument,
    "\n  query TopicWatchLevel($id: ID!) {\n    topic(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n": types.TopicWatchLevelDocument,
    "\n  query ThreadWatchLevel($id: ID!) {\n    thread(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n": types.ThreadWatchLevelDocument,
    "\n  mutation Watch($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {\n    watch(targetType: $targetType, targetId: $targetId, level: $level)\n  }\n": types.WatchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DgsVideos {\n    dgsVideos {\n      title\n      url\n      contentType\n      captionsUrl\n    }\n  }\n"): (typeof documents)["\n  query DgsVideos {\n    dgsVideos {\n      title\n      url\n      contentType\n      captionsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentActivity($first: Int) {\n    recentActivity(first: $first) {\n      kind\n      at\n      actor {\n        displayName\n        organisation\n      }\n      thread {\n        id\n        title\n      }\n      topic {\n        id\n        title\n      }\n      postId\n    }\n  }\n"): (typeof documents)["\n  query RecentActivity($first: Int) {\n    recentActivity(first: $first) {\n      kind\n      at\n      actor {\n        displayName\n        organisation\n      }\n      thread {\n        id\n        title\n      }\n      topic {\n        id\n        title\n      }\n      postId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityToday {\n    activityToday {\n      since\n      questions\n      officialAnswers\n      solved\n      kommunenJoined\n    }\n  }\n"): (typeof documents)["\n  query ActivityToday {\n    activityToday {\n      since\n      questions\n      officialAnswers\n      solved\n      kommunenJoined\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicAdoptions($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      viewerAdoption {\n        status\n        model\n        since\n      }\n      adoptions {\n        status\n        model\n        since\n        organisation {\n          id\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          status\n        }\n      }\n    }\n    adoptionMap(topicId: $topicId) {\n      ...LandAdoptionFields\n    }\n  }\n"): (typeof documents)["\n  query TopicAdoptions($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      viewerAdoption {\n        status\n        model\n        since\n      }\n      adoptions {\n        status\n        model\n        since\n        organisation {\n          id\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          status\n        }\n      }\n    }\n    adoptionMap(topicId: $topicId) {\n      ...LandAdoptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandAdoptionFields on LandAdoption {\n    landId\n    code\n    name\n    uses\n    inProgress\n    planned\n  }\n"): (typeof documents)["\n  fragment LandAdoptionFields on LandAdoption {\n    landId\n    code\n    name\n    uses\n    inProgress\n    planned\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionMap {\n    adoptionMap {\n      ...LandAdoptionFields\n    }\n  }\n"): (typeof documents)["\n  query AdoptionMap {\n    adoptionMap {\n      ...LandAdoptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdoption($topicId: ID!, $status: AdoptionStatus!, $model: String, $since: DateTime) {\n    setAdoption(topicId: $topicId, status: $status, model: $model, since: $since) {\n      status\n      model\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation SetAdoption($topicId: ID!, $status: AdoptionStatus!, $model: String, $since: DateTime) {\n    setAdoption(topicId: $topicId, status: $status, model: $model, since: $since) {\n      status\n      model\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAllowedEmailDomains {\n    allowedEmailDomains {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminAllowedEmailDomains {\n    allowedEmailDomains {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    addAllowedEmailDomain(domain: $domain, kind: $kind) {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    addAllowedEmailDomain(domain: $domain, kind: $kind) {\n      id\n      domain\n      organisationKind\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    removeAllowedEmailDomain(domain: $domain, kind: $kind)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {\n    removeAllowedEmailDomain(domain: $domain, kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n        loginUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n        loginUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n"): (typeof documents)["\n  query PasswordResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIdentityProviders {\n    identityProviders {\n      id\n      label\n      issuer\n      clientId\n      trusted\n      organisationClaim\n      organisationId\n      linkedAccounts\n    }\n  }\n"): (typeof documents)["\n  query AdminIdentityProviders {\n    identityProviders {\n      id\n      label\n      issuer\n      clientId\n      trusted\n      organisationClaim\n      organisationId\n      linkedAccounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n"): (typeof documents)["\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationApprovedAtOnce($email: String!) {\n    registrationApprovedAtOnce(email: $email)\n  }\n"): (typeof documents)["\n  query RegistrationApprovedAtOnce($email: String!) {\n    registrationApprovedAtOnce(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n    moderatedBoards {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n    moderatedBoards {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminBoardFields on Board {\n    id\n    slug\n    title\n    description\n    position\n    archived\n  }\n"): (typeof documents)["\n  fragment AdminBoardFields on Board {\n    id\n    slug\n    title\n    description\n    position\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBoards {\n    boards {\n      ...AdminBoardFields\n      topics {\n        id\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBoards {\n    boards {\n      ...AdminBoardFields\n      topics {\n        id\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBoard($slug: String!) {\n    board(slug: $slug) {\n      ...AdminBoardFields\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n      topics {\n        ...AdminTopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBoard($slug: String!) {\n    board(slug: $slug) {\n      ...AdminBoardFields\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n      topics {\n        ...AdminTopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateBoard($input: UpdateBoardInput!) {\n    updateBoard(input: $input) {\n      ...AdminBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReorderBoards($boardIds: [ID!]!) {\n    reorderBoards(boardIds: $boardIds) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReorderBoards($boardIds: [ID!]!) {\n    reorderBoards(boardIds: $boardIds) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserSearch($search: String!) {\n    mentionableUsers(search: $search, first: 10) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUserSearch($search: String!) {\n    mentionableUsers(search: $search, first: 10) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignBoardModerator($boardId: ID!, $userId: ID!) {\n    assignBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAssignBoardModerator($boardId: ID!, $userId: ID!) {\n    assignBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveBoardModerator($boardId: ID!, $userId: ID!) {\n    removeBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveBoardModerator($boardId: ID!, $userId: ID!) {\n    removeBoardModerator(boardId: $boardId, userId: $userId) {\n      id\n      moderators {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    viewerUnreadThreadCount\n    viewerNewThreadCount\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    viewerUnreadThreadCount\n    viewerNewThreadCount\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookmarkThread($threadId: ID!, $bookmarked: Boolean!) {\n    bookmarkThread(threadId: $threadId, bookmarked: $bookmarked) {\n      id\n      viewerBookmarked\n    }\n  }\n"): (typeof documents)["\n  mutation BookmarkThread($threadId: ID!, $bookmarked: Boolean!) {\n    bookmarkThread(threadId: $threadId, bookmarked: $bookmarked) {\n      id\n      viewerBookmarked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bookmarks($first: Int!, $after: String) {\n    bookmarks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          createdAt\n          thread {\n            ...ThreadSummaryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Bookmarks($first: Int!, $after: String) {\n    bookmarks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          createdAt\n          thread {\n            ...ThreadSummaryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Draft($key: String!) {\n    draft(key: $key) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Draft($key: String!) {\n    draft(key: $key) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($key: String!, $title: String, $body: String!) {\n    saveDraft(key: $key, title: $title, body: $body) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($key: String!, $title: String, $body: String!) {\n    saveDraft(key: $key, title: $title, body: $body) {\n      key\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDraft($key: String!) {\n    deleteDraft(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteDraft($key: String!) {\n    deleteDraft(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    question\n    answer\n    answerHtml\n    position\n    sourceChanged\n    sourceThread {\n      id\n      title\n    }\n    sourcePost {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment FaqEntryFields on FaqEntry {\n    id\n    question\n    answer\n    answerHtml\n    position\n    sourceChanged\n    sourceThread {\n      id\n      title\n    }\n    sourcePost {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicFaq($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      viewerCanCurateFaq\n      faq {\n        ...FaqEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicFaq($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      viewerCanCurateFaq\n      faq {\n        ...FaqEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEntries($search: String!, $topicId: ID, $first: Int) {\n    faqEntries(search: $search, topicId: $topicId, first: $first) {\n      ...FaqEntryFields\n      topic {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqEntries($search: String!, $topicId: ID, $first: Int) {\n    faqEntries(search: $search, topicId: $topicId, first: $first) {\n      ...FaqEntryFields\n      topic {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteToFaq($postId: ID!, $question: String, $answer: String) {\n    promoteToFaq(postId: $postId, question: $question, answer: $answer) {\n      ...FaqEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteToFaq($postId: ID!, $question: String, $answer: String) {\n    promoteToFaq(postId: $postId, question: $question, answer: $answer) {\n      ...FaqEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFaqEntry($id: ID!) {\n    removeFaqEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveFaqEntry($id: ID!) {\n    removeFaqEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderFaq($topicId: ID!, $ids: [ID!]!) {\n    reorderFaq(topicId: $topicId, ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderFaq($topicId: ID!, $ids: [ID!]!) {\n    reorderFaq(topicId: $topicId, ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedToken {\n    feedToken {\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query FeedToken {\n    feedToken {\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedToken {\n    createFeedToken\n  }\n"): (typeof documents)["\n  mutation CreateFeedToken {\n    createFeedToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeFeedToken {\n    revokeFeedToken\n  }\n"): (typeof documents)["\n  mutation RevokeFeedToken {\n    revokeFeedToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandQueueCount {\n    landQueueCount\n  }\n"): (typeof documents)["\n  query LandQueueCount {\n    landQueueCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandQueueThreadFields on Thread {\n    id\n    title\n    state\n    progress\n    createdAt\n    replyCount\n    hasLandAnswer\n    firstLandAnswerAt\n    topic {\n      id\n      title\n    }\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LandQueueThreadFields on Thread {\n    id\n    title\n    state\n    progress\n    createdAt\n    replyCount\n    hasLandAnswer\n    firstLandAnswerAt\n    topic {\n      id\n      title\n    }\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandQueue($first: Int!, $after: String, $topicId: ID, $progress: QuestionProgress) {\n    landQueue(first: $first, after: $after, topicId: $topicId, progress: $progress) {\n      edges {\n        cursor\n        node {\n          ...LandQueueThreadFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LandQueue($first: Int!, $after: String, $topicId: ID, $progress: QuestionProgress) {\n    landQueue(first: $first, after: $after, topicId: $topicId, progress: $progress) {\n      edges {\n        cursor\n        node {\n          ...LandQueueThreadFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLandTopics($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      ledTopics {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLandTopics($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      ledTopics {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableUsers($search: String!, $first: Int) {\n    mentionableUsers(search: $search, first: $first) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionableUsers($search: String!, $first: Int) {\n    mentionableUsers(search: $search, first: $first) {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailDomain\n          emailConfirmed\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailDomain\n          emailConfirmed\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUser($userId: ID!, $vouchForEmail: Boolean) {\n    approveUser(userId: $userId, vouchForEmail: $vouchForEmail) {\n      id\n      status\n      emailConfirmed\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUser($userId: ID!, $vouchForEmail: Boolean) {\n    approveUser(userId: $userId, vouchForEmail: $vouchForEmail) {\n      id\n      status\n      emailConfirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModOpenFlagCount {\n    flags(state: OPEN, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModOpenFlagCount {\n    flags(state: OPEN, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModFlagQueue($state: FlagState, $first: Int!, $after: String) {\n    flags(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          reason\n          comment\n          state\n          createdAt\n          resolvedAt\n          resolutionNote\n          resolvedBy {\n            id\n            displayName\n          }\n          reporter {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n          post {\n            id\n            bodyHtml\n            hidden\n            hiddenReason\n            deleted\n            createdAt\n            author {\n              id\n              displayName\n              organisation {\n                id\n                name\n              }\n            }\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModFlagQueue($state: FlagState, $first: Int!, $after: String) {\n    flags(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          reason\n          comment\n          state\n          createdAt\n          resolvedAt\n          resolutionNote\n          resolvedBy {\n            id\n            displayName\n          }\n          reporter {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n          post {\n            id\n            bodyHtml\n            hidden\n            hiddenReason\n            deleted\n            createdAt\n            author {\n              id\n              displayName\n              organisation {\n                id\n                name\n              }\n            }\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModResolveFlagsForPost($postId: ID!, $dismiss: Boolean, $note: String) {\n    resolveFlagsForPost(postId: $postId, dismiss: $dismiss, note: $note) {\n      id\n      state\n      resolvedAt\n      resolutionNote\n    }\n  }\n"): (typeof documents)["\n  mutation ModResolveFlagsForPost($postId: ID!, $dismiss: Boolean, $note: String) {\n    resolveFlagsForPost(postId: $postId, dismiss: $dismiss, note: $note) {\n      id\n      state\n      resolvedAt\n      resolutionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModHidePost($postId: ID!, $reason: String!, $hidden: Boolean) {\n    hidePost(postId: $postId, reason: $reason, hidden: $hidden) {\n      id\n      hidden\n      hiddenReason\n      body\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation ModHidePost($postId: ID!, $reason: String!, $hidden: Boolean) {\n    hidePost(postId: $postId, reason: $reason, hidden: $hidden) {\n      id\n      hidden\n      hiddenReason\n      body\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModFlagPost($postId: ID!, $reason: String!, $comment: String) {\n    flagPost(postId: $postId, reason: $reason, comment: $comment) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ModFlagPost($postId: ID!, $reason: String!, $comment: String) {\n    flagPost(postId: $postId, reason: $reason, comment: $comment) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModThreadModerationInfo($id: ID!) {\n    thread(id: $id) {\n      id\n      topic {\n        id\n        board {\n          id\n          moderators {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModThreadModerationInfo($id: ID!) {\n    thread(id: $id) {\n      id\n      topic {\n        id\n        board {\n          id\n          moderators {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModLockThread($threadId: ID!, $locked: Boolean!, $reason: String) {\n    lockThread(threadId: $threadId, locked: $locked, reason: $reason) {\n      id\n      locked\n      viewerCanReply\n    }\n  }\n"): (typeof documents)["\n  mutation ModLockThread($threadId: ID!, $locked: Boolean!, $reason: String) {\n    lockThread(threadId: $threadId, locked: $locked, reason: $reason) {\n      id\n      locked\n      viewerCanReply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModCloseThread($threadId: ID!, $closed: Boolean!, $reason: String) {\n    closeThread(threadId: $threadId, closed: $closed, reason: $reason) {\n      id\n      state\n      progress\n    }\n  }\n"): (typeof documents)["\n  mutation ModCloseThread($threadId: ID!, $closed: Boolean!, $reason: String) {\n    closeThread(threadId: $threadId, closed: $closed, reason: $reason) {\n      id\n      state\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModPinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation ModPinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModMoveTargets {\n    boards {\n      id\n      title\n      archived\n      topics {\n        id\n        title\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModMoveTargets {\n    boards {\n      id\n      title\n      archived\n      topics {\n        id\n        title\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModMoveThread($threadId: ID!, $topicId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, topicId: $topicId, reason: $reason) {\n      id\n      topic {\n        id\n        title\n        board {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModMoveThread($threadId: ID!, $topicId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, topicId: $topicId, reason: $reason) {\n      id\n      topic {\n        id\n        title\n        board {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModTopicThreadsForMerge($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      threads(first: 100) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModTopicThreadsForMerge($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      threads(first: 100) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModMergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ModMergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModAuditLog($first: Int!, $after: String, $action: String, $actorId: ID, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, actorId: $actorId, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          targetPath\n          reason\n          createdAt\n          actor {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModAuditLog($first: Int!, $after: String, $action: String, $actorId: ID, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, actorId: $actorId, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          targetPath\n          reason\n          createdAt\n          actor {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModAuditActors {\n    auditActors {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModAuditActors {\n    auditActors {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModRejectUser($userId: ID!, $reason: String!) {\n    rejectUser(userId: $userId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModRejectUser($userId: ID!, $reason: String!) {\n    rejectUser(userId: $userId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  query ModUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModSuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ModSuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModUnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ModUnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      status\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ModSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    digestFrequency\n    notificationPreferences {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    digestFrequency\n    notificationPreferences {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($type: NotificationType!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(type: $type, inApp: $inApp, email: $email) {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($type: NotificationType!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(type: $type, inApp: $inApp, email: $email) {\n      type\n      inApp\n      email\n      inDigest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestFrequency($frequency: DigestFrequency!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n"): (typeof documents)["\n  mutation SetDigestFrequency($frequency: DigestFrequency!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    read\n    createdAt\n    detail\n    thread {\n      id\n      title\n      author {\n        id\n      }\n    }\n    post {\n      id\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    read\n    createdAt\n    detail\n    thread {\n      id\n      title\n      author {\n        id\n      }\n    }\n    post {\n      id\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      code\n      land {\n        id\n        name\n        code\n      }\n      ledTopics {\n        id\n        title\n        board {\n          id\n          title\n        }\n      }\n      kommunen {\n        id\n        name\n        code\n      }\n      activity {\n        members\n        questions\n        posts\n        officialAnswers\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      code\n      land {\n        id\n        name\n        code\n      }\n      ledTopics {\n        id\n        title\n        board {\n          id\n          title\n        }\n      }\n      kommunen {\n        id\n        name\n        code\n      }\n      activity {\n        members\n        questions\n        posts\n        officialAnswers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandReportRow {\n    kommunalpaktReport {\n      generatedAt\n      laender {\n        land {\n          id\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n    }\n  }\n"): (typeof documents)["\n  query LandReportRow {\n    kommunalpaktReport {\n      generatedAt\n      laender {\n        land {\n          id\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KommunenDirectory {\n    participatingKommunen {\n      id\n      name\n      code\n      land {\n        id\n        name\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  query KommunenDirectory {\n    participatingKommunen {\n      id\n      name\n      code\n      land {\n        id\n        name\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    attachments {\n      id\n      name\n      size\n      contentType\n      url\n    }\n    helpfulCount\n    viewerFoundHelpful\n    helpfulBy(first: 10) {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    attachments {\n      id\n      name\n      size\n      contentType\n      url\n    }\n    helpfulCount\n    viewerFoundHelpful\n    helpfulBy(first: 10) {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHelpful($postId: ID!, $helpful: Boolean!) {\n    setHelpful(postId: $postId, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n      helpfulBy(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetHelpful($postId: ID!, $helpful: Boolean!) {\n    setHelpful(postId: $postId, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n      helpfulBy(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $upToPostId: ID) {\n    markThreadRead(threadId: $threadId, upToPostId: $upToPostId) {\n      id\n      viewerIsNew\n      viewerUnreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $upToPostId: ID) {\n    markThreadRead(threadId: $threadId, upToPostId: $upToPostId) {\n      id\n      viewerIsNew\n      viewerUnreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllRead($boardId: ID, $topicId: ID) {\n    markAllRead(boardId: $boardId, topicId: $topicId)\n  }\n"): (typeof documents)["\n  mutation MarkAllRead($boardId: ID, $topicId: ID) {\n    markAllRead(boardId: $boardId, topicId: $topicId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestThreads($first: Int!, $after: String, $unansweredOnly: Boolean) {\n    latestThreads(first: $first, after: $after, unansweredOnly: $unansweredOnly) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LatestThreads($first: Int!, $after: String, $unansweredOnly: Boolean) {\n    latestThreads(first: $first, after: $after, unansweredOnly: $unansweredOnly) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KommunalpaktReport($from: DateTime, $to: DateTime) {\n    kommunalpaktReport(from: $from, to: $to) {\n      generatedAt\n      from\n      to\n      services {\n        topic {\n          id\n          title\n          leadLand {\n            id\n            name\n          }\n          board {\n            id\n            slug\n          }\n        }\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        municipalities\n        lastActivityAt\n        weeklyQuestions\n      }\n      laender {\n        land {\n          id\n          name\n          code\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n      tags {\n        tag {\n          id\n          slug\n          name\n        }\n        questions\n        answered\n        answeredShare\n        services\n      }\n    }\n  }\n"): (typeof documents)["\n  query KommunalpaktReport($from: DateTime, $to: DateTime) {\n    kommunalpaktReport(from: $from, to: $to) {\n      generatedAt\n      from\n      to\n      services {\n        topic {\n          id\n          title\n          leadLand {\n            id\n            name\n          }\n          board {\n            id\n            slug\n          }\n        }\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        municipalities\n        lastActivityAt\n        weeklyQuestions\n      }\n      laender {\n        land {\n          id\n          name\n          code\n        }\n        ledServices\n        questions\n        answered\n        answeredShare\n        medianHoursToFirstLandAnswer\n        answersGiven\n      }\n      tags {\n        tag {\n          id\n          slug\n          name\n        }\n        questions\n        answered\n        answeredShare\n        services\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipatingKommunenCount {\n    participatingKommunen {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ParticipatingKommunenCount {\n    participatingKommunen {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter, $sort: SearchSort) {\n    search(query: $query, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          headline\n          rank\n          thread {\n            id\n            title\n            state\n            progress\n            createdAt\n            topic {\n              id\n              title\n              board {\n                id\n                title\n              }\n            }\n          }\n          post {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter, $sort: SearchSort) {\n    search(query: $query, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          headline\n          rank\n          thread {\n            id\n            title\n            state\n            progress\n            createdAt\n            topic {\n              id\n              title\n              board {\n                id\n                title\n              }\n            }\n          }\n          post {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFilterOptions {\n    boards {\n      id\n      slug\n      title\n      topics {\n        id\n        title\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n    tags {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query SearchFilterOptions {\n    boards {\n      id\n      slug\n      title\n      topics {\n        id\n        title\n      }\n    }\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n    tags {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarThreads($title: String!, $topicId: ID, $first: Int) {\n    similarThreads(title: $title, topicId: $topicId, first: $first) {\n      sameTopic\n      score\n      thread {\n        id\n        title\n        state\n        progress\n        replyCount\n        topic {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarThreads($title: String!, $topicId: ID, $first: Int) {\n    similarThreads(title: $title, topicId: $topicId, first: $first) {\n      sameTopic\n      score\n      thread {\n        id\n        title\n        state\n        progress\n        replyCount\n        topic {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($search: String!) {\n    services(search: $search) {\n      id\n      title\n      leadLand {\n        id\n        name\n      }\n      board {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($search: String!) {\n    services(search: $search) {\n      id\n      title\n      leadLand {\n        id\n        name\n      }\n      board {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestion($query: String!) {\n    searchSuggestion(query: $query) {\n      correction\n      service {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggestion($query: String!) {\n    searchSuggestion(query: $query) {\n      correction\n      service {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SynonymServices {\n    boards {\n      id\n      title\n      topics {\n        id\n        title\n        archived\n        leadLand {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SynonymServices {\n    boards {\n      id\n      title\n      topics {\n        id\n        title\n        archived\n        leadLand {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSynonyms($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      synonyms {\n        id\n        term\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceSynonyms($topicId: ID!) {\n    topic(id: $topicId) {\n      id\n      title\n      synonyms {\n        id\n        term\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceSynonym($topicId: ID!, $term: String!) {\n    addServiceSynonym(topicId: $topicId, term: $term) {\n      id\n      term\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceSynonym($topicId: ID!, $term: String!) {\n    addServiceSynonym(topicId: $topicId, term: $term) {\n      id\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceSynonym($id: ID!, $term: String!) {\n    updateServiceSynonym(id: $id, term: $term) {\n      id\n      term\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceSynonym($id: ID!, $term: String!) {\n    updateServiceSynonym(id: $id, term: $term) {\n      id\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveServiceSynonym($id: ID!) {\n    removeServiceSynonym(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveServiceSynonym($id: ID!) {\n    removeServiceSynonym(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsAdmin {\n    tags {\n      id\n      slug\n      name\n      description\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query TagsAdmin {\n    tags {\n      id\n      slug\n      name\n      description\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTags($id: ID!) {\n    thread(id: $id) {\n      id\n      tags {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadTags($id: ID!) {\n    thread(id: $id) {\n      id\n      tags {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      slug\n      name\n      description\n      threads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n            topic {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      slug\n      name\n      description\n      threads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n            topic {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyThreads($first: Int!, $after: String, $progress: QuestionProgress) {\n    myThreads(first: $first, after: $after, progress: $progress) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          state\n          progress\n          createdAt\n          lastActivityAt\n          replyCount\n          hasLandAnswer\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyThreads($first: Int!, $after: String, $progress: QuestionProgress) {\n    myThreads(first: $first, after: $after, progress: $progress) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          state\n          progress\n          createdAt\n          lastActivityAt\n          replyCount\n          hasLandAnswer\n          topic {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenThread($threadId: ID!) {\n    reopenThread(threadId: $threadId) {\n      id\n      state\n      progress\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenThread($threadId: ID!) {\n    reopenThread(threadId: $threadId) {\n      id\n      state\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    progress\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    viewerIsNew\n    viewerUnreadCount\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    progress\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    viewerIsNew\n    viewerUnreadCount\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      progress\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      viewerBookmarked\n      viewerFirstUnreadPostId\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      progress\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      viewerBookmarked\n      viewerFirstUnreadPostId\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      progress\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      progress\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceProfileFields on Topic {\n    id\n    title\n    description\n    ozgId\n    leikaKey\n    serviceStatus\n    contactRole\n    standards\n    link\n    reuseLinks {\n      model\n      label\n      url\n    }\n    profileUpdatedAt\n    profileUpdatedBy {\n      id\n      displayName\n    }\n    leadLand {\n      id\n      name\n      code\n    }\n    viewerCanEditProfile\n  }\n"): (typeof documents)["\n  fragment ServiceProfileFields on Topic {\n    id\n    title\n    description\n    ozgId\n    leikaKey\n    serviceStatus\n    contactRole\n    standards\n    link\n    reuseLinks {\n      model\n      label\n      url\n    }\n    profileUpdatedAt\n    profileUpdatedBy {\n      id\n      displayName\n    }\n    leadLand {\n      id\n      name\n      code\n    }\n    viewerCanEditProfile\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceProfile($id: ID!) {\n    topic(id: $id) {\n      ...ServiceProfileFields\n      board {\n        id\n        slug\n        title\n      }\n      faq {\n        id\n        question\n        answerHtml\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceProfile($id: ID!) {\n    topic(id: $id) {\n      ...ServiceProfileFields\n      board {\n        id\n        slug\n        title\n      }\n      faq {\n        id\n        question\n        answerHtml\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceProfileHistory($id: ID!) {\n    topic(id: $id) {\n      id\n      profileHistory {\n        id\n        createdAt\n        changedFields\n        serviceStatus\n        contactRole\n        standards\n        editor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceProfileHistory($id: ID!) {\n    topic(id: $id) {\n      id\n      profileHistory {\n        id\n        createdAt\n        changedFields\n        serviceStatus\n        contactRole\n        standards\n        editor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...ServiceProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...ServiceProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTopicFields on Topic {\n    id\n    title\n    description\n    archived\n    ozgId\n    leikaKey\n    serviceStatus\n    link\n    leadLand {\n      id\n      name\n    }\n    board {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AdminTopicFields on Topic {\n    id\n    title\n    description\n    archived\n    ozgId\n    leikaKey\n    serviceStatus\n    link\n    leadLand {\n      id\n      name\n    }\n    board {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTopic($id: ID!) {\n    topic(id: $id) {\n      ...AdminTopicFields\n    }\n  }\n"): (typeof documents)["\n  query AdminTopic($id: ID!) {\n    topic(id: $id) {\n      ...AdminTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLands {\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  query AdminLands {\n    organisations(kind: LAND) {\n      id\n      name\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($id: ID!, $progress: QuestionProgress, $tagId: ID, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      ...ServiceProfileFields\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, progress: $progress, tagId: $tagId) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Topic($id: ID!, $progress: QuestionProgress, $tagId: ID, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      ...ServiceProfileFields\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, progress: $progress, tagId: $tagId) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      threadCount\n      postCount\n      acceptedAnswerCount\n      organisation {\n        id\n        name\n        kind\n      }\n      recentThreads(first: 5) {\n        id\n        title\n        state\n        progress\n        createdAt\n      }\n      recentPosts(first: 5, repliesOnly: true) {\n        id\n        createdAt\n        accepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      threadCount\n      postCount\n      acceptedAnswerCount\n      organisation {\n        id\n        name\n        kind\n      }\n      recentThreads(first: 5) {\n        id\n        title\n        state\n        progress\n        createdAt\n      }\n      recentPosts(first: 5, repliesOnly: true) {\n        id\n        createdAt\n        accepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardWatchLevel($slug: String!) {\n    board(slug: $slug) {\n      id\n      viewerWatchLevel\n    }\n  }\n"): (typeof documents)["\n  query BoardWatchLevel($slug: String!) {\n    board(slug: $slug) {\n      id\n      viewerWatchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicWatchLevel($id: ID!) {\n    topic(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n"): (typeof documents)["\n  query TopicWatchLevel($id: ID!) {\n    topic(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadWatchLevel($id: ID!) {\n    thread(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n"): (typeof documents)["\n  query ThreadWatchLevel($id: ID!) {\n    thread(id: $id) {\n      id\n      viewerWatchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Watch($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {\n    watch(targetType: $targetType, targetId: $targetId, level: $level)\n  }\n"): (typeof documents)["\n  mutation Watch($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {\n    watch(targetType: $targetType, targetId: $targetId, level: $level)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;