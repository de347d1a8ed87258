/**
 * Outgoing mail: sent over SMTP, or, in the embedded default, kept in a local mailbox that an
 * administrator can read, so that a person trying the product sees what providers receive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package uk.placementbroker.notification;
