package uk.placementbroker.notification;

/**
 * One mail to one person.
 *
 * @param messageId the same for every attempt to send the same mail, so that a receiving server can tell a repeat
 * @param localAuthorityId the council it is sent for: only its administrators (and its consortium's) read it in the
 *     local mailbox; null for none
 */
public record Mail(String to, String subject, String body, String messageId, Long localAuthorityId) {}
