/**
 * The search for a placement: rounds (the council's in-house carers, then framework providers, then
 * spot purchase), each broadcast to every provider in it at the same time through a transactional
 * outbox, so that no provider is missed if the mail server or the service goes down, and none is
 * asked twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Brokerage")
package uk.placementbroker.brokerage;
