package io.switchboard.escalation.domain;

/** ticket-service's kinds of service: inquiries escalate to issue-management (ISSUE) services. */
public enum ServiceType { INQUIRY, ISSUE }
