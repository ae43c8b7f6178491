/**
 * The statement that queues an event for every enabled endpoint of its
 * platform subscribed to its type, to run in the statement that stores the
 * event: `logged` names a relation of the new events (`id, platform_id,
 * type, created_at`), e.g. a CTE's `RETURNING`. Due at once.
 */
export function queueDeliveriesSql(logged: string): string {
  return `INSERT INTO webhook_deliveries (event_id, endpoint_id, next_attempt_at)
     SELECT l.id, w.id, l.created_at
       FROM ${logged} l
       JOIN webhook_endpoints w ON w.platform_id = l.platform_id AND w.status = 'enabled'
        AND (l.type = ANY (w.enabled_events) OR '*' = ANY (w.enabled_events))`;
}
