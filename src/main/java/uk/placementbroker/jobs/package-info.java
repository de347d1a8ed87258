/**
 * Background jobs: work that outlasts the request that starts it (an SSDA903 return, an Ofsted provider
 * list), on a pool of workers that carries the signed-in person along (so the audit log names them),
 * with progress and the outcome written in transactions of their own so that any instance can show them.
 * API: {@link uk.placementbroker.jobs.BackgroundJobs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background jobs")
package uk.placementbroker.jobs;
