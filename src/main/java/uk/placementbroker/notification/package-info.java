/**
 * Outgoing mail, all through one outbox ({@link uk.placementbroker.notification.Outbox}): a mail is
 * queued in the transaction of what it tells of, then sent, retried with back-off and recorded, exactly
 * once, by whichever instance claims it. Sent over SMTP, or, in the embedded default, kept in a local
 * mailbox that an administrator can read, so that a person trying the product sees what providers receive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package uk.placementbroker.notification;
