// Every operation the UI sends, with the shapes it reads. Only the public /graphql API.
// Nothing else of the app is imported here: test/drift reads this module outside the browser.

export type Role = 'ADMIN' | 'EDITOR' | 'REVIEWER';

const SESSION_USER_FIELDS = `id name email role`;
export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { ${SESSION_USER_FIELDS} } } }`;
// Asked when the live connection closes: whether the token still holds, and the account as it is now (its role).
export const ME = `query Me { me { ${SESSION_USER_FIELDS} } }`;
// A fresh token for this tab: the password change signs out every other session of the user.
export const CHANGE_PASSWORD = `mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token user { ${SESSION_USER_FIELDS} } } }`;

// User management (admins).
const USER_FIELDS = `id name email role createdAt deactivatedAt`;
export const USERS = `query Users($includeDeactivated: Boolean!) { users(includeDeactivated: $includeDeactivated) { ${USER_FIELDS} } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
export const UPDATE_USER = `mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;
export const DEACTIVATE_USER = `mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_FIELDS} } }`;
export const REACTIVATE_USER = `mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`;
export const RESET_USER_PASSWORD = `mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { ${USER_FIELDS} } }`;
export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  /** Null while the account is active. */
  deactivatedAt: string | null;
}

const STATS_FIELDS = `waiting inReview reviewed disputed published extracted dismissed at`;
export const QUEUE_STATS = `query QueueStats { queueStats { ${STATS_FIELDS} } }`;
export const QUEUE_STATS_CHANGED = `subscription QueueStatsChanged { queueStatsChanged { ${STATS_FIELDS} } }`;
export interface QueueStats {
  waiting: number;
  inReview: number;
  reviewed: number;
  disputed: number;
  published: number;
  extracted: number;
  dismissed: number;
  at: string;
}

export const MY_STATS = `query MyStats($me: ID!, $since: DateTime) { reviewerStats(reviewerId: $me, since: $since) { verdicts medianSecondsToVerdict agreementWithFinal } }`;
export interface MyStats {
  verdicts: number;
  medianSecondsToVerdict: number | null;
  agreementWithFinal: number | null;
}

const ASSIGNMENT_FIELDS = `id expiresAt takenAt status
  claim { id text quote spanStart spanEnd claimant claimantRole claimType checkworthiness status reviewRound
    article { id title source url publishedAt createdAt body } }`;
export const TAKE_NEXT = `mutation TakeNext { takeNextClaim { ${ASSIGNMENT_FIELDS} } }`;
export const MY_ASSIGNMENTS = `query MyAssignments { myAssignments { ${ASSIGNMENT_FIELDS} } }`;
export const RENEW_LEASE = `mutation RenewLease($id: ID!) { renewLease(assignmentId: $id) { id expiresAt status } }`;
export const SKIP = `mutation Skip($id: ID!, $reason: String) { skipClaim(assignmentId: $id, reason: $reason) { id status } }`;
export const SUBMIT_VERDICT = `mutation SubmitVerdict($input: SubmitVerdictInput!) { submitVerdict(input: $input) { id rating } }`;
export interface Assignment {
  id: string;
  expiresAt: string;
  takenAt: string;
  status: string;
  claim: WorkClaim;
}
export interface WorkClaim {
  id: string;
  text: string;
  quote: string;
  spanStart: number;
  spanEnd: number;
  claimant: string | null;
  claimantRole: string | null;
  claimType: string;
  checkworthiness: number;
  status: string;
  reviewRound: number;
  article: { id: string; title: string; source: string | null; url: string | null; publishedAt: string | null; createdAt: string; body: string };
}

export const SIMILAR = `query Similar($text: String!) { similarClaims(text: $text, first: 6) { similarity claim { id text status claimant
  finalVerdict { rating } publishedVerdict { rating } article { title source } } } }`;
export interface Similar {
  similarity: number;
  claim: { id: string; text: string; status: string; claimant: string | null; finalVerdict: { rating: string } | null; publishedVerdict: { rating: string } | null; article: { title: string; source: string | null } };
}

const VERDICT_FIELDS = `id rating rationale round createdAt reviewer { id name } sources { url title publisher excerpt }`;
export interface Verdict {
  id: string;
  rating: string;
  rationale: string;
  round: number;
  createdAt: string;
  reviewer: { id: string; name: string };
  sources: { url: string; title: string | null; publisher: string | null; excerpt: string | null }[];
}

export const DISPUTES = `query Disputes { disputeQueue(first: 50) { id text claimant status version reviewRound article { title source } verdicts { ${VERDICT_FIELDS} } } }`;
export interface DisputedClaim {
  id: string;
  text: string;
  claimant: string | null;
  status: string;
  version: number;
  reviewRound: number;
  article: { title: string; source: string | null };
  verdicts: Verdict[];
}
export const RESOLVE = `mutation Resolve($input: ResolveDisputeInput!) { resolveDispute(input: $input) { id status version finalVerdict { rating kind } } }`;
export const PUBLISH = `mutation Publish($id: ID!, $version: Int) { publishClaim(claimId: $id, version: $version) { id status version publishedVerdict { version rating } } }`;
export const UNPUBLISH = `mutation Unpublish($id: ID!, $version: Int) { unpublishClaim(claimId: $id, version: $version) { id status version } }`;
export const REOPEN = `mutation Reopen($id: ID!, $version: Int) { reopenClaim(claimId: $id, version: $version) { id status version reviewRound } }`;

export const CLAIMS = `query Claims($filter: ClaimFilter, $after: String) { claims(filter: $filter, first: 25, after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  edges { node { id text claimant claimantRole status checkworthiness createdAt article { id title source }
    publishedVerdict { rating } } } } }`;
export interface ClaimRow {
  id: string;
  text: string;
  claimant: string | null;
  claimantRole: string | null;
  status: string;
  checkworthiness: number;
  createdAt: string;
  article: { id: string; title: string; source: string | null };
  publishedVerdict: { rating: string } | null;
}
export interface ClaimsPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: ClaimRow }[];
}

// The article picker of the claims browser: what an editor needs to tell one article from another.
const ARTICLE_OPTION_FIELDS = `id title source url publishedAt createdAt`;
export const ARTICLE_SEARCH = `query ArticleSearch($search: String!, $first: Int!) { articles(search: $search, first: $first) {
  pageInfo { hasNextPage } edges { node { ${ARTICLE_OPTION_FIELDS} } } } }`;
export const ARTICLE_OPTION = `query ArticleOption($id: ID!) { article(id: $id) { ${ARTICLE_OPTION_FIELDS} } }`;
export interface ArticleOption {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
}
export interface ArticleSearchPage {
  pageInfo: { hasNextPage: boolean };
  edges: { node: ArticleOption }[];
}

export const CLAIM = `query Claim($id: ID!) { claim(id: $id) { id text quote claimant claimantRole claimType checkworthiness status version reviewRound requiredReviews createdAt
  article { id title source url publishedAt }
  verdicts { ${VERDICT_FIELDS} }
  finalVerdict { rating rationale kind decidedBy { name } }
  publishedVerdict { version rating rationale publishedAt publishedBy { name } }
  claimReview } }`;
export interface ClaimDetail {
  id: string;
  text: string;
  quote: string;
  claimant: string | null;
  claimantRole: string | null;
  claimType: string;
  checkworthiness: number;
  status: string;
  version: number;
  reviewRound: number;
  requiredReviews: number;
  createdAt: string;
  article: { id: string; title: string; source: string | null; url: string | null; publishedAt: string | null };
  verdicts: Verdict[];
  finalVerdict: { rating: string; rationale: string; kind: string; decidedBy: { name: string } | null } | null;
  publishedVerdict: { version: number; rating: string; rationale: string; publishedAt: string; publishedBy: { name: string } | null } | null;
  claimReview: Record<string, unknown> | null;
}

// The claim page reads the claim again each time this says it changed (another editor, a reviewer, the sweeper).
export const CLAIM_CHANGED = `subscription ClaimChanged($id: ID!) { claimUpdated(id: $id) { id version } }`;

// What the workbench needs to tell whether the claim in hand is still this reviewer's to decide. Events carry who
// took the claim last: status alone cannot tell a claim re-taken by someone else from the one leased to us.
const CLAIM_STATE_FIELDS = `id status reviewRound events { type fromStatus toStatus actor { id } }`;
export const CLAIM_STATE = `query ClaimState($id: ID!) { claim(id: $id) { ${CLAIM_STATE_FIELDS} } }`;
export const CLAIM_UPDATED = `subscription ClaimUpdated($id: ID!) { claimUpdated(id: $id) { ${CLAIM_STATE_FIELDS} } }`;
export interface ClaimState {
  id: string;
  status: string;
  reviewRound: number;
  events: { type: string; fromStatus: string | null; toStatus: string; actor: { id: string } | null }[];
}
