import { sql } from 'drizzle-orm';
import { sqlDurationBin } from '../analytics/rollups/bins.ts';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** Timestamps are integer milliseconds UTC; drizzle hands them to us as Dates. */
const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

export const agents = sqliteTable(
  'agents',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'agent'] }).notNull(),
    /** Null until the agent accepts the invite and chooses a password. */
    passwordHash: text('password_hash'),
    avatarUrl: text('avatar_url'),
    createdAt: timestamp('created_at').notNull(),
    disabledAt: timestamp('disabled_at'),
    /** Agents may export analytics only when an admin allowed it; admins always may. */
    canExport: integer('can_export', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('agents_email_unique').on(t.email), check('agents_role_check', sql`${t.role} in ('admin','agent')`)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie's secret: a leaked database does not leak live sessions. */
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at').notNull(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_agent_idx').on(t.agentId)],
);

/** Setup and invite links: single use, expiring, stored hashed. */
export const oneTimeTokens = sqliteTable('one_time_tokens', {
  id: text('id').primaryKey(),
  purpose: text('purpose', { enum: ['setup', 'invite'] }).notNull(),
  agentId: text('agent_id').references(() => agents.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
});

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at').notNull(),
    lastUsedAt: timestamp('last_used_at'),
    revokedAt: timestamp('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash)],
);

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    publicKey: text('public_key').notNull(),
    allowedOrigins: json<string[]>('allowed_origins').notNull(),
    themeColor: text('theme_color').notNull(),
    greeting: text('greeting').notNull(),
    position: text('position', { enum: ['bottom-right', 'bottom-left'] }).notNull(),
    /** Which panels the widget shows: knowledge base and chat, only chat, or only help. */
    widgetMode: text('widget_mode', { enum: ['both', 'chat', 'help'] }).notNull().default('both'),
    /** Signs identify() hashes (HMAC-SHA256 of the user id); only the site owner's backend knows it. */
    identitySecret: text('identity_secret').notNull().default(''),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('sites_public_key_unique').on(t.publicKey)],
);

export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    company: text('company'),
    industry: text('industry'),
    companySize: text('company_size'),
    location: text('location'),
    metadata: json<Record<string, string | number | boolean | null>>('metadata').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    lastSeenAt: timestamp('last_seen_at'),
  },
  (t) => [
    uniqueIndex('customers_email_unique').on(t.email),
    index('customers_name_idx').on(t.name),
    index('customers_company_idx').on(t.company),
  ],
);

/** urgent 4 … low 1. The ticket list sorts by exactly this expression, so the index below serves it. */
export const priorityRank = (column: SQLiteColumn) =>
  sql`(case ${column} when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end)`;

export const tickets = sqliteTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    number: integer('number').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['open', 'pending', 'resolved', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'medium', 'high', 'urgent'] }).notNull(),
    channel: text('channel', { enum: ['email', 'chat', 'phone', 'web'] }).notNull(),
    category: text('category'),
    tags: json<string[]>('tags').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    assigneeId: text('assignee_id').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    firstResponseAt: timestamp('first_response_at'),
    resolvedAt: timestamp('resolved_at'),
    /** First response due (the priority's target when the ticket was created or re-prioritised). */
    slaDueAt: timestamp('sla_due_at'),
    /** Resolution due, by the same policy. */
    resolutionDueAt: timestamp('resolution_due_at'),
    satisfaction: integer('satisfaction'),
    /** Business-hours durations, written by the database (see server/analytics/rollups/triggers.ts). */
    firstResponseBusinessMs: integer('first_response_business_ms'),
    resolutionBusinessMs: integer('resolution_business_ms'),
  },
  (t) => [
    uniqueIndex('tickets_number_unique').on(t.number),
    index('tickets_status_created_idx').on(t.status, t.createdAt),
    index('tickets_assignee_status_idx').on(t.assigneeId, t.status),
    index('tickets_customer_created_idx').on(t.customerId, t.createdAt),
    index('tickets_created_idx').on(t.createdAt),
    index('tickets_updated_idx').on(t.updatedAt),
    // Sorting by urgency must not sort the whole table: index the same rank expression the list uses.
    index('tickets_priority_rank_idx').on(priorityRank(t.priority), t.id),
    // Analytics: the edges of a range read raw rows by event time; an exact percentile reads the
    // rows of one histogram bin inside the range (bin, event time, and what the value needs: covering).
    // Covering: a range's partial days are summed from these indexes alone, without the wide rows.
    index('tickets_created_analytics_idx').on(
      t.createdAt,
      t.assigneeId,
      t.channel,
      t.priority,
      t.category,
      t.firstResponseAt,
      t.resolvedAt,
      t.slaDueAt,
      t.resolutionDueAt,
    ),
    index('tickets_first_response_idx').on(t.firstResponseAt, t.createdAt, t.firstResponseBusinessMs, t.assigneeId, t.channel, t.priority, t.category),
    index('tickets_resolved_idx').on(t.resolvedAt, t.createdAt, t.resolutionBusinessMs, t.satisfaction, t.assigneeId, t.channel, t.priority, t.category),
    index('tickets_first_response_bin_idx').on(sql.raw(sqlDurationBin('"first_response_at" - "created_at"')), t.firstResponseAt, t.createdAt),
    index('tickets_resolution_bin_idx').on(sql.raw(sqlDurationBin('"resolved_at" - "created_at"')), t.resolvedAt, t.createdAt),
    index('tickets_first_response_business_bin_idx').on(sql.raw(sqlDurationBin('"first_response_business_ms"')), t.firstResponseAt, t.firstResponseBusinessMs),
    index('tickets_resolution_business_bin_idx').on(sql.raw(sqlDurationBin('"resolution_business_ms"')), t.resolvedAt, t.resolutionBusinessMs),
    // SLA breaches that depend on "now": only unresolved tickets can still breach.
    index('tickets_unresolved_sla_idx')
      .on(t.createdAt, t.slaDueAt, t.resolutionDueAt, t.firstResponseAt)
      .where(sql`${t.resolvedAt} is null`),
    check('tickets_status_check', sql`${t.status} in ('open','pending','resolved','closed')`),
    check('tickets_priority_check', sql`${t.priority} in ('low','medium','high','urgent')`),
    check('tickets_channel_check', sql`${t.channel} in ('email','chat','phone','web')`),
    check('tickets_satisfaction_check', sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`),
  ],
);

export const ticketMessages = sqliteTable(
  'ticket_messages',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    authorType: text('author_type', { enum: ['agent', 'customer'] }).notNull(),
    authorAgentId: text('author_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    authorCustomerId: text('author_customer_id').references(() => customers.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    internal: integer('internal', { mode: 'boolean' }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    index('ticket_messages_ticket_idx').on(t.ticketId, t.createdAt),
    check('ticket_messages_author_check', sql`${t.authorType} in ('agent','customer')`),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    actorType: text('actor_type', { enum: ['agent', 'token', 'customer', 'system'] }).notNull(),
    actorId: text('actor_id'),
    /** Kept as written so the log stays readable after the actor is renamed or removed. */
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: json<Record<string, unknown>>('changes').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId, t.createdAt), index('audit_created_idx').on(t.createdAt)],
);

/* ───────────── Knowledge base ───────────── */

export const knowledgeCategories = sqliteTable(
  'knowledge_categories',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => knowledgeCategories.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('knowledge_categories_slug_unique').on(t.slug), index('knowledge_categories_parent_idx').on(t.parentId, t.sortOrder)],
);

export const knowledgeArticles = sqliteTable(
  'knowledge_articles',
  {
    id: text('id').primaryKey(),
    /** Articles that are translations of each other share this id. */
    translationGroupId: text('translation_group_id').notNull(),
    locale: text('locale').notNull(),
    slug: text('slug').notNull(),
    categoryId: text('category_id').references(() => knowledgeCategories.id, { onDelete: 'set null' }),
    /** Where the working copy stands: draft → in_review → published; archived takes it offline. */
    status: text('status', { enum: ['draft', 'in_review', 'published', 'archived'] }).notNull(),
    /** The newest revision (the working copy). */
    version: integer('version').notNull(),
    /** The revision customers see; stays live while a newer draft is written and reviewed. */
    publishedVersion: integer('published_version'),
    authorId: text('author_id').references(() => agents.id, { onDelete: 'set null' }),
    views: integer('views').notNull(),
    helpful: integer('helpful').notNull(),
    notHelpful: integer('not_helpful').notNull(),
    metadata: json<Record<string, string | number | boolean | null>>('metadata').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    publishedAt: timestamp('published_at'),
  },
  (t) => [
    uniqueIndex('knowledge_articles_locale_slug_unique').on(t.locale, t.slug),
    uniqueIndex('knowledge_articles_group_locale_unique').on(t.translationGroupId, t.locale),
    index('knowledge_articles_category_idx').on(t.categoryId),
    index('knowledge_articles_updated_idx').on(t.updatedAt),
    check('knowledge_articles_status_check', sql`${t.status} in ('draft','in_review','published','archived')`),
  ],
);

/** Every save is one immutable revision; only its derived HTML is refreshed when sanitizing rules change. */
export const knowledgeRevisions = sqliteTable(
  'knowledge_revisions',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull(),
    content: text('content').notNull(),
    tags: json<string[]>('tags').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    sanitizerVersion: text('sanitizer_version').notNull(),
    authorId: text('author_id').references(() => agents.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('knowledge_revisions_article_version_unique').on(t.articleId, t.version)],
);

export const knowledgeReviews = sqliteTable(
  'knowledge_reviews',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    requestedBy: text('requested_by').references(() => agents.id, { onDelete: 'set null' }),
    requestComment: text('request_comment'),
    requestedAt: timestamp('requested_at').notNull(),
    decision: text('decision', { enum: ['approved', 'rejected', 'withdrawn'] }),
    decidedBy: text('decided_by').references(() => agents.id, { onDelete: 'set null' }),
    decisionComment: text('decision_comment'),
    decidedAt: timestamp('decided_at'),
  },
  (t) => [index('knowledge_reviews_article_idx').on(t.articleId, t.requestedAt)],
);

export const knowledgeAttachments = sqliteTable('knowledge_attachments', {
  id: text('id').primaryKey(),
  articleId: text('article_id').references(() => knowledgeArticles.id, { onDelete: 'set null' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  width: integer('width'),
  height: integer('height'),
  sha256: text('sha256').notNull(),
  uploadedBy: text('uploaded_by').references(() => agents.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at').notNull(),
});

/** One vote per visitor per article, changeable; the article's counters follow in the same transaction. */
export const knowledgeFeedback = sqliteTable(
  'knowledge_feedback',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    helpful: integer('helpful', { mode: 'boolean' }).notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('knowledge_feedback_visitor_unique').on(t.articleId, t.visitorId)],
);

/** A view counts once per visitor per UTC day. */
export const knowledgeViews = sqliteTable(
  'knowledge_views',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    day: text('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.visitorId, t.day] })],
);

/** What customers searched for and how many answers they got: feeds "searches with no result". */
export const knowledgeSearches = sqliteTable(
  'knowledge_searches',
  {
    id: text('id').primaryKey(),
    locale: text('locale').notNull(),
    query: text('query').notNull(),
    results: integer('results').notNull(),
    source: text('source', { enum: ['widget', 'help_center', 'console'] }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('knowledge_searches_created_idx').on(t.createdAt)],
);

/* ───────────── Live chat ───────────── */

export const chatSessions = sqliteTable(
  'chat_sessions',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    /** The widget's visitor (anonymous: random; identified: derived from the verified user id). */
    visitorId: text('visitor_id').notNull(),
    /** True when the visitor proved their identity with the site's identify() hash. */
    verified: integer('verified', { mode: 'boolean' }).notNull(),
    customerName: text('customer_name').notNull(),
    customerEmail: text('customer_email'),
    assignedAgentId: text('assigned_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['waiting', 'active', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'medium', 'high', 'urgent'] }).notNull(),
    category: text('category'),
    startedAt: timestamp('started_at').notNull(),
    lastActivityAt: timestamp('last_activity_at').notNull(),
    /** When an agent first took the chat: the customer's wait ends here. */
    assignedAt: timestamp('assigned_at'),
    closedAt: timestamp('closed_at'),
    closedBy: text('closed_by', { enum: ['customer', 'agent', 'system'] }),
    convertedTicketId: text('converted_ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    /** The sequence number of the newest message; the next message gets last_seq + 1. */
    lastSeq: integer('last_seq').notNull(),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    metadata: json<Record<string, string | number | boolean | null>>('metadata').notNull(),
    /** Business-hours durations, written by the database (see server/analytics/rollups/triggers.ts). */
    waitBusinessMs: integer('wait_business_ms'),
    durationBusinessMs: integer('duration_business_ms'),
  },
  (t) => [
    index('chat_sessions_assigned_idx').on(t.assignedAt),
    index('chat_sessions_closed_idx').on(t.closedAt),
    index('chat_sessions_wait_bin_idx').on(sql.raw(sqlDurationBin('"assigned_at" - "started_at"')), t.assignedAt, t.startedAt),
    index('chat_sessions_duration_bin_idx').on(sql.raw(sqlDurationBin('"closed_at" - "started_at"')), t.closedAt, t.startedAt),
    index('chat_sessions_wait_business_bin_idx').on(sql.raw(sqlDurationBin('"wait_business_ms"')), t.assignedAt, t.waitBusinessMs),
    index('chat_sessions_duration_business_bin_idx').on(sql.raw(sqlDurationBin('"duration_business_ms"')), t.closedAt, t.durationBusinessMs),
    index('chat_sessions_status_started_idx').on(t.status, t.startedAt),
    index('chat_sessions_agent_status_idx').on(t.assignedAgentId, t.status),
    index('chat_sessions_visitor_idx').on(t.siteId, t.visitorId, t.startedAt),
    index('chat_sessions_customer_idx').on(t.customerId, t.startedAt),
    index('chat_sessions_started_idx').on(t.startedAt),
    check('chat_sessions_status_check', sql`${t.status} in ('waiting','active','closed')`),
    check('chat_sessions_priority_check', sql`${t.priority} in ('low','medium','high','urgent')`),
    check('chat_sessions_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

export interface ChatAttachmentRef {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export const chatMessages = sqliteTable(
  'chat_messages',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    /** Per-session order, assigned by the room when it stores the message. */
    seq: integer('seq').notNull(),
    /** The sender's own id for the message: a re-sent message with the same id is not stored twice. */
    clientId: text('client_id'),
    senderType: text('sender_type', { enum: ['customer', 'agent', 'system'] }).notNull(),
    senderAgentId: text('sender_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['text', 'file', 'system'] }).notNull(),
    body: text('body').notNull(),
    attachments: json<ChatAttachmentRef[]>('attachments').notNull(),
    isInternal: integer('is_internal', { mode: 'boolean' }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('chat_messages_session_seq_unique').on(t.sessionId, t.seq),
    uniqueIndex('chat_messages_session_client_unique').on(t.sessionId, t.clientId),
    check('chat_messages_sender_check', sql`${t.senderType} in ('customer','agent','system')`),
    check('chat_messages_kind_check', sql`${t.kind} in ('text','file','system')`),
  ],
);

/** How far each participant has read: 'customer' or an agent id. */
export const chatReads = sqliteTable(
  'chat_reads',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    participant: text('participant').notNull(),
    lastReadSeq: integer('last_read_seq').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participant] })],
);

export const chatTransfers = sqliteTable(
  'chat_transfers',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    fromAgentId: text('from_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    toAgentId: text('to_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('chat_transfers_session_idx').on(t.sessionId, t.createdAt)],
);

/** Files customers and agents send in chat; stored in the uploads folder under their id. */
export const chatAttachments = sqliteTable(
  'chat_attachments',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by', { enum: ['customer', 'agent'] }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('chat_attachments_session_idx').on(t.sessionId)],
);

/**
 * Whether an agent takes chats and how many at once. The number of chats an agent has is counted
 * from chat_sessions (indexed), not stored here, so it can never drift.
 */
export const agentAvailability = sqliteTable(
  'agent_availability',
  {
    agentId: text('agent_id')
      .primaryKey()
      .references(() => agents.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['online', 'away', 'offline'] }).notNull(),
    maxConcurrentChats: integer('max_concurrent_chats').notNull(),
    /** Breaks ties between equally loaded agents: the one assigned longest ago goes first. */
    lastAssignedAt: timestamp('last_assigned_at'),
    lastSeenAt: timestamp('last_seen_at'),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [check('agent_availability_status_check', sql`${t.status} in ('online','away','offline')`)],
);

export const cannedResponses = sqliteTable(
  'canned_responses',
  {
    id: text('id').primaryKey(),
    /** Typed after a slash in the composer: `/refund`. */
    shortcut: text('shortcut').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdBy: text('created_by').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('canned_responses_shortcut_unique').on(t.shortcut)],
);

/* ───────────── Team settings ───────────── */

/** One row (id 'default'): business hours, holidays and SLA targets; shapes in shared/schemas/team-settings.ts. */
export const teamSettings = sqliteTable('team_settings', {
  id: text('id').primaryKey(),
  businessHours: text('business_hours', { mode: 'json' }).notNull(),
  holidays: text('holidays', { mode: 'json' }).notNull(),
  slaTargets: text('sla_targets', { mode: 'json' }).notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

/* ───────────── Analytics rollups (maintained by triggers; see server/analytics/rollups/) ───────────── */

/**
 * Ticket figures per UTC day, once in total (`dimension` 'all', `value` '') and once per value of
 * each dimension: agent, channel, priority, category ('' for "no agent" / "no category"). A
 * ticket adds to the rows of the day each event happened: created (and its SLA outcome), first
 * response, resolution. One row per dimension value rather than one per combination: the full
 * cross product barely compresses (see server/analytics/README.md) while a breakdown by one
 * dimension reads a few dozen rows a day.
 */
export const analyticsTicketDaily = sqliteTable(
  'analytics_ticket_daily',
  {
    dimension: text('dimension', { enum: ['all', 'agent', 'channel', 'priority', 'category'] }).notNull(),
    day: integer('day').notNull(),
    value: text('value').notNull(),
    created: integer('created').notNull().default(0),
    slaMet: integer('sla_met').notNull().default(0),
    slaLate: integer('sla_late').notNull().default(0),
    firstResponses: integer('first_responses').notNull().default(0),
    firstResponseSum: integer('first_response_sum').notNull().default(0),
    firstResponseBusinessSum: integer('first_response_business_sum').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    resolutionSum: integer('resolution_sum').notNull().default(0),
    resolutionBusinessSum: integer('resolution_business_sum').notNull().default(0),
    ratings: integer('ratings').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.day, t.value] })],
);

/** Tickets created and resolved per quarter hour (floor(ms / 900000)): local days and the heatmap in any zone. */
export const analyticsTicketQuarters = sqliteTable('analytics_ticket_quarters', {
  quarter: integer('quarter').primaryKey(),
  created: integer('created').notNull().default(0),
  resolved: integer('resolved').notNull().default(0),
});

/** Chat figures per UTC day × agent, each event on the day it happened (started, taken, closed). */
export const analyticsChatDaily = sqliteTable(
  'analytics_chat_daily',
  {
    day: integer('day').notNull(),
    agentId: text('agent_id').notNull(),
    started: integer('started').notNull().default(0),
    missed: integer('missed').notNull().default(0),
    converted: integer('converted').notNull().default(0),
    waits: integer('waits').notNull().default(0),
    waitSum: integer('wait_sum').notNull().default(0),
    waitBusinessSum: integer('wait_business_sum').notNull().default(0),
    closed: integer('closed').notNull().default(0),
    durationSum: integer('duration_sum').notNull().default(0),
    durationBusinessSum: integer('duration_business_sum').notNull().default(0),
    ratings: integer('ratings').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.agentId] })],
);

/**
 * Duration histograms per UTC day: `counts` is a JSON object { bin: how many durations of the
 * metric fell in that bin } (bins in server/analytics/rollups/bins.ts). One row per day rather
 * than per bin: a range reads a handful of small documents instead of thousands of rows.
 */
export const analyticsDurationBins = sqliteTable(
  'analytics_duration_bins',
  {
    metric: text('metric').notNull(),
    day: integer('day').notNull(),
    counts: text('counts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.metric, t.day] })],
);

/** The same histograms per block of 16 UTC days (block = floor(day / 16)): a year reads ~23 blocks, not 365 days. */
export const analyticsDurationBlocks = sqliteTable(
  'analytics_duration_blocks',
  {
    metric: text('metric').notNull(),
    block: integer('block').notNull(),
    counts: text('counts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.metric, t.block] })],
);

/** One row: `version` moves on every ticket or chat write (live dashboards), `definition` names the triggers' revision. */
export const analyticsState = sqliteTable('analytics_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
  definition: text('definition').notNull(),
});

/* ───────────── Scheduled reports ───────────── */

export const reportSchedules = sqliteTable(
  'report_schedules',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    sections: json<string[]>('sections').notNull(),
    range: text('range').notNull(),
    frequency: text('frequency', { enum: ['daily', 'weekly', 'monthly'] }).notNull(),
    /** 0 = Monday; weekly only. */
    weekday: integer('weekday'),
    /** 1–28; monthly only. */
    dayOfMonth: integer('day_of_month'),
    hour: integer('hour').notNull(),
    tz: text('tz').notNull(),
    recipients: json<string[]>('recipients').notNull(),
    createdBy: text('created_by').references(() => agents.id, { onDelete: 'set null' }),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    nextRunAt: timestamp('next_run_at').notNull(),
    lastRunAt: timestamp('last_run_at'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    index('report_schedules_next_run_idx').on(t.enabled, t.nextRunAt),
    check('report_schedules_frequency_check', sql`${t.frequency} in ('daily','weekly','monthly')`),
  ],
);

export const reportRuns = sqliteTable(
  'report_runs',
  {
    id: text('id').primaryKey(),
    scheduleId: text('schedule_id')
      .notNull()
      .references(() => reportSchedules.id, { onDelete: 'cascade' }),
    /** The slot this run is for: unique per schedule, so a slot is sent at most once. */
    dueAt: timestamp('due_at').notNull(),
    startedAt: timestamp('started_at').notNull(),
    finishedAt: timestamp('finished_at'),
    status: text('status', { enum: ['sending', 'sent', 'failed'] }).notNull(),
    error: text('error'),
    recipients: integer('recipients').notNull(),
  },
  (t) => [
    uniqueIndex('report_runs_schedule_due_unique').on(t.scheduleId, t.dueAt),
    index('report_runs_schedule_started_idx').on(t.scheduleId, t.startedAt),
    check('report_runs_status_check', sql`${t.status} in ('sending','sent','failed')`),
  ],
);
