/**
 * The rules of reconciliation, in plain Java: an invoice as sent, what the council agreed to pay, and each line
 * agreed, over- or under-claimed with the reason. Exposed so that the demo can send invoices through the same types.
 */
@org.springframework.modulith.NamedInterface("reconciliation")
package uk.placementbroker.finance.reconciliation;
