// Input limits enforced by the API (class-validator) and mirrored by the web forms.
export const LIMITS = {
  threadTitleMin: 5,
  threadTitleMax: 200,
  postBodyMin: 1,
  postBodyMax: 50_000,
  displayNameMin: 2,
  displayNameMax: 80,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 200,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  /** Ceiling of every text input (the longest field, a post body); longer strings are refused before any resolver. */
  textInputMax: 50_000,
  /** Attachments (files and images) per post. */
  attachmentsPerPost: 10,
  /** Tags a question may carry. */
  tagsPerThread: 5,
  tagNameMax: 40,
  tagDescriptionMax: 300,
} as const;
