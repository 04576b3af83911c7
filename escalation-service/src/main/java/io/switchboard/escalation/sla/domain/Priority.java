package io.switchboard.escalation.sla.domain;

/** Ticket priorities, as ticket-service's events name them; targets are set per priority. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
