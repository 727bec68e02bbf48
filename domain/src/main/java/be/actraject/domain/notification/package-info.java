/**
 * Notifications to colleagues (issue 18): which kinds of notification each user gets, all on until the user turns
 * one off. Whoever queues a notification asks {@link be.actraject.domain.notification.NotificationSettings} first;
 * how a notification is worded and sent is the web module's.
 */
package be.actraject.domain.notification;
