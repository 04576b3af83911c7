package io.switchboard.escalation.sla.domain;

/** What an SLA measures: the first operator reply, the reply to each re-inquiry, the resolution. */
public enum Metric { FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION }
