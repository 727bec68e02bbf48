/**
 * What every page shares: the home page and the model every page gets ({@code GlobalModel}), flash messages, dates
 * and their plausible windows as people type them, attachments, the request filters (logging context, oversized
 * forms and uploads), the database-pool check, the watch's Prometheus gauges ({@code WatchMetrics}), and the answer
 * to every refusal a controller did not catch ({@code WebExceptionHandler}: 404, 403, a refused form back to its
 * page with the reason, a refused read as 409), rendered by {@code web.error}. The login page is {@code web.security}'s.
 */
package be.actraject.web.system;
