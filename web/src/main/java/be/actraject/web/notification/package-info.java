/**
 * Each user's own notification settings (issue 18, "Mijn meldingen"): which notifications to colleagues they get by
 * e-mail. What is stored is the domain's ({@code domain.notification}); the mails are worded and queued in
 * {@code web.mail}.
 */
package be.actraject.web.notification;
