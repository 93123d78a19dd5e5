/**
 * The demo's knowledge base: our own runbooks and post-mortems for the example shop, as Markdown with front
 * matter (the format `triagekit index` reads from folders). Kept as strings so the `triagekit` binary
 * carries them; parse each with `parseMarkdownDocument` from `@triagekit/retrieval`.
 */
export const PAYMENTS_KNOWLEDGE_BASE: readonly { readonly path: string; readonly markdown: string }[] = [
  {
    path: 'runbooks/checkout-error-rate.md',
    markdown:
      "---\ntitle: Checkout 5xx error rate\nkind: runbook\nservices: [checkout]\nalerts: [CheckoutErrorRateHigh]\nseverity: critical\nresolution: Find the failing dependency from checkout's error logs (payments, orders, inventory) and follow its runbook; checkout itself rarely is the cause.\n---\n\n# Checkout error rate high\n\n## Meaning\n\nMore than 5 % of checkout requests answer HTTP 5xx over 5 minutes.\n\n## Diagnosis\n\n- Checkout is an aggregator: read its errors for the dependency it names (`payments`, `orders`,\n  `inventory`). Timeouts calling payments point at the payments runbooks.\n- A checkout deploy in the last hour is worth comparing, but check dependencies first.\n\n## Mitigation\n\n- Follow the runbook of the failing dependency.\n- If checkout itself is at fault (new version), roll back the checkout deployment.\n",
  },
  {
    path: 'runbooks/ingress-5xx.md',
    markdown:
      "---\ntitle: Ingress 502/504 from upstreams\nkind: runbook\nservices: [ingress-nginx]\nalerts: [IngressUpstream5xx]\nseverity: warning\nresolution: The upstream named in the ingress logs is failing or not ready; follow that service's runbook.\n---\n\n# Ingress 502/504 from upstreams\n\n## Meaning\n\ningress-nginx answers 502 (bad gateway) or 504 (gateway timeout) because an upstream service has no ready\nendpoints or answers too slowly.\n\n## Diagnosis\n\n- The access log's `upstream` field names the service; `upstream_response_time` shows how slow it was.\n- `kubectl get endpoints -n <namespace> <service>`: empty endpoints mean no ready pod.\n\n## Mitigation\n\n- Follow the failing upstream's runbook; ingress itself is rarely the cause.\n",
  },
  {
    path: 'runbooks/payments-high-latency.md',
    markdown:
      '---\ntitle: Payments high latency (p99 above SLO)\nkind: runbook\nservices: [payments]\nalerts: [PaymentsHighLatency, PaymentsLatencySLOBurn]\nseverity: critical\nresolution: Restore the database connection pool size (or roll back the config change that shrank it), then watch p99 and pool wait time recover.\n---\n\n# Payments high latency\n\n## Meaning\n\nThe 99th percentile of `http_server_requests_seconds` for `POST /v1/charges` is above 2 seconds. Checkout and\norder placement call payments synchronously, so customers wait or fail to pay.\n\n## Most common causes\n\n1. **Database connection pool exhaustion.** HikariCP logs `Connection is not available, request timed out\n   after 30000ms` and requests queue in front of too few connections. Usually after a config change to\n   `spring.datasource.hikari.maximum-pool-size` or a database migration that lowered `max_connections`.\n2. Slow queries after a schema change (look for `statement timeout` and lock waits).\n3. The card-network gateway is slow (outbound calls to the acquirer time out; our pool is fine).\n\n## Diagnosis\n\n- Compare the pool size in the running config with the previous revision:\n  `kubectl -n shop get configmap payments-config -o yaml` and the rollout history\n  `kubectl -n shop rollout history deployment/payments`.\n- Grafana: *Payments / JVM* \u2192 `hikaricp_connections_pending` and `hikaricp_connections_timeout_total`.\n- If pending connections are high and active connections sit at the pool maximum, the pool is too small.\n\n## Mitigation\n\n- Roll back the config change (`kubectl -n shop rollout undo deployment/payments`) \u2014 a human decides.\n- Or raise `maximum-pool-size` back to the sized value (50 per pod for the current DB tier).\n- Readiness failures follow the latency; pods recover once the pool drains.\n',
  },
  {
    path: 'runbooks/pod-crashlooping.md',
    markdown:
      "---\ntitle: Pod crash looping (KubePodCrashLooping)\nkind: runbook\nservices: []\nalerts: [KubePodCrashLooping]\nseverity: warning\nresolution: Read the previous container's logs, fix the cause (bad config, missing secret, OOM), and redeploy.\n---\n\n# Pod crash looping\n\n## Meaning\n\nA container restarts repeatedly and Kubernetes backs off (`CrashLoopBackOff`).\n\n## Diagnosis\n\n- `kubectl -n <namespace> logs <pod> --previous` shows why the last run ended.\n- `kubectl -n <namespace> describe pod <pod>`: `Last State: Terminated`, reason `OOMKilled` or `Error`.\n- A recent rollout with a new image or config is the usual trigger.\n\n## Mitigation\n\n- OOMKilled: raise the memory limit or fix the leak. Bad config: roll back the change.\n",
  },
  {
    path: 'runbooks/postgres-replication-lag.md',
    markdown:
      '---\ntitle: PostgreSQL replication lag\nkind: runbook\nservices: [postgres, orders-db]\nalerts: [PostgresReplicationLagHigh]\nseverity: warning\nresolution: Find the long-running transaction or the heavy write burst on the primary; cancel or throttle it, and let replicas catch up.\n---\n\n# PostgreSQL replication lag\n\n## Meaning\n\nA streaming replica is more than 60 seconds behind the primary (`pg_replication_lag_seconds`). Reads from\nreplicas return stale data.\n\n## Diagnosis\n\n- `SELECT * FROM pg_stat_replication;` on the primary: `replay_lag`, `write_lag`.\n- Long queries on the replica block replay (`max_standby_streaming_delay`).\n- Bulk imports and `VACUUM FULL` on the primary produce WAL bursts.\n\n## Mitigation\n\n- Cancel the blocking query on the replica, or pause the bulk job.\n',
  },
  {
    path: 'runbooks/search-indexing-lag.md',
    markdown:
      "---\ntitle: Search indexing lag\nkind: runbook\nservices: [search]\nalerts: [SearchIndexingLagHigh]\nseverity: warning\nresolution: Restart the stuck indexer consumer or scale it out; products updated meanwhile are reindexed automatically.\n---\n\n# Search indexing lag\n\n## Meaning\n\nProduct updates take more than 10 minutes to appear in search results: the indexer's Kafka consumer lags.\n\n## Diagnosis\n\n- Consumer group lag for `search-indexer` on topic `product-updates`.\n- Indexer logs: bulk request rejections from the search cluster (`es_rejected_execution_exception`).\n\n## Mitigation\n\n- Scale the indexer deployment; if the search cluster rejects bulk requests, reduce the batch size.\n",
  },
  {
    path: 'postmortems/2025-09-search-outage.md',
    markdown:
      '---\ntitle: "Post-mortem: search results stale for two hours (September)"\nkind: post-mortem\nservices: [search]\nalerts: [SearchIndexingLagHigh]\nseverity: warning\nresolution: Restarted the indexer after a poison message blocked its consumer; added a dead-letter topic.\n---\n\n# Search results stale for two hours\n\n## Summary\n\nA malformed product update blocked the search indexer\'s consumer; new and changed products did not appear\nin search for two hours.\n\n## Resolution\n\nThe message was moved to a dead-letter topic and the indexer restarted; the backlog cleared in 12 minutes.\n',
  },
  {
    path: 'postmortems/2026-01-payments-pool-exhaustion.md',
    markdown:
      '---\ntitle: "Post-mortem: payments timeouts after the database tier change (January)"\nkind: post-mortem\nservices: [payments, checkout]\nalerts: [PaymentsHighLatency, CheckoutErrorRateHigh]\nseverity: critical\nresolution: Rolled back the payments-config change that lowered the HikariCP maximum pool size; p99 recovered in 6 minutes.\n---\n\n# Payments timeouts after the database tier change\n\n## Summary\n\nFor 41 minutes, payments answered slowly and checkout failed for about 30 % of customers. A config change\nshipped with the database tier migration lowered HikariCP\'s `maximum-pool-size` from 40 to 8 per pod;\nrequests queued for connections until they timed out after 30 seconds.\n\n## Detection\n\n`PaymentsHighLatency` paged 9 minutes after the rollout. Acknowledged after 4 minutes.\n\n## Root cause\n\nThe new database tier allowed fewer connections, and the pool size was cut to fit without load testing.\nUnder peak traffic eight connections per pod could not keep up.\n\n## Resolution\n\nRolled back `payments-config`; the pool drained and latency recovered within 6 minutes.\n\n## Action items\n\n- Alert on `hikaricp_connections_pending` before latency breaches the SLO.\n- Require a load test for pool-size changes.\n',
  },
];

/** An alert for which the knowledge base has no runbook: the demo shows that it says so. */
export const ALERT_WITHOUT_RUNBOOK = {
  title: 'RedisEvictionsHigh: session cache evicting keys',
  description:
    'The session cache redis-sessions evicted 1,200 keys per second for 10 minutes (maxmemory reached); users may be logged out.',
} as const;
