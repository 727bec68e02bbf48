/**
 * What a person sees when a request fails, and what the log keeps of it: one page in the application's layout and the
 * reader's language for every status (400, 403, 404, 405, 413, 500, 503…), with a reference that also stands in the
 * one log line written per failed request. A database that does not answer is a 503, told apart by the exceptions'
 * causes. Refusals of the services themselves are mapped to statuses in {@code web.system.WebExceptionHandler}.
 */
package be.actraject.web.error;
