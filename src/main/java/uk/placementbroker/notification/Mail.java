package uk.placementbroker.notification;

/**
 * One mail to one person.
 *
 * @param messageId the same for every attempt to send the same mail, so that a receiving server can tell a repeat
 */
public record Mail(String to, String subject, String body, String messageId) {}
