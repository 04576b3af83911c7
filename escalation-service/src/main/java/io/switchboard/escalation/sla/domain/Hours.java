package io.switchboard.escalation.sla.domain;

/** Which time counts towards a target: the service's open hours (not holidays), or all of it. */
public enum Hours { BUSINESS, CALENDAR }
