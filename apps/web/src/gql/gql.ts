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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n": typeof types.TopicSummaryFieldsFragmentDoc,
    "\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PendingUsersDocument,
    "\n  mutation ApproveUser($userId: ID!) {\n    approveUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveUserDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": typeof types.RenderMarkdownDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PublicUserDocument,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.NewThreadTopicDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query Topic($id: ID!, $state: ThreadState, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, state: $state) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.TopicDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterDocument,
    "\n  query Organisations($kind: OrganisationKind, $search: String) {\n    organisations(kind: $kind, search: $search) {\n      id\n      name\n      kind\n      code\n    }\n  }\n": types.OrganisationsDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n": types.TopicSummaryFieldsFragmentDoc,
    "\n  query Boards {\n    boards {\n      id\n      slug\n      title\n      description\n      position\n      archived\n      threadCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n      }\n    }\n  }\n": types.BoardsDocument,
    "\n  query Board($slug: String!) {\n    board(slug: $slug) {\n      id\n      slug\n      title\n      description\n      archived\n      threadCount\n      postCount\n      lastActivityAt\n      topics {\n        ...TopicSummaryFields\n        description\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PendingUsersDocument,
    "\n  mutation ApproveUser($userId: ID!) {\n    approveUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.ApproveUserDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": types.RenderMarkdownDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PublicUserDocument,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query NewThreadTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      title\n      board {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.NewThreadTopicDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query Topic($id: ID!, $state: ThreadState, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, state: $state) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.TopicDocument,
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
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    displayName\n    role\n    status\n    email\n    createdAt\n    organisation {\n      id\n      name\n      kind\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment TopicSummaryFields on Topic {\n    id\n    title\n    threadCount\n    openThreadCount\n    lastActivityAt\n    leadLand {\n      id\n      name\n      code\n    }\n  }\n"];
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
export function graphql(source: "\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingUsers($first: Int!, $after: String) {\n    pendingUsers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          createdAt\n          status\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUser($userId: ID!) {\n    approveUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUser($userId: ID!) {\n    approveUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    official\n    leadLandAnswer\n    accepted\n    hidden\n    hiddenReason\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      id\n      state\n      acceptedPost {\n        id\n        accepted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      state\n      locked\n      pinned\n      replyCount\n      createdAt\n      lastActivityAt\n      viewerCanReply\n      viewerCanAccept\n      author {\n        id\n        displayName\n      }\n      topic {\n        id\n        title\n        leadLand {\n          id\n          name\n        }\n        board {\n          id\n          slug\n          title\n        }\n      }\n      acceptedPost {\n        id\n        accepted\n        author {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    state\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($id: ID!, $state: ThreadState, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, state: $state) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Topic($id: ID!, $state: ThreadState, $first: Int!, $after: String) {\n    topic(id: $id) {\n      id\n      title\n      description\n      ozgId\n      leikaKey\n      serviceStatus\n      link\n      threadCount\n      openThreadCount\n      lastActivityAt\n      leadLand {\n        id\n        name\n        code\n      }\n      board {\n        id\n        slug\n        title\n      }\n      threads(first: $first, after: $after, state: $state) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;