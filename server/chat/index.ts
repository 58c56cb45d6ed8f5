/**
 * The live chat domain, as the app and the rooms use it. Domain functions take `ChatDeps`
 * (database + server secret) and plain inputs; the routes under ./routes are the REST side.
 */
export { chatDepsOf, type ChatDeps } from './deps.ts';
export { chatWidgetRoutes } from './routes/widget.ts';
export { chatSupportRoutes } from './routes/support.ts';
export { chatFileRoutes } from './routes/files.ts';
export { roomsRpcRoutes } from './routes/internal.ts';
export { isChatUploadRequest } from './routes/upload.ts';
export { chatFilesPath } from './file-urls.ts';
export { issueAgentToken, issueVisitorToken, readChatToken, readVisitorToken } from './tokens.ts';
