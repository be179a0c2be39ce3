import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import "./chunk-XS2MS7GF.js";

// src/knowledge/data/airflow-3.0.6.json
var airflow_3_0_6_default = {
  generatedBy: "npm run knowledge -- --only 3.0.6",
  airflowVersion: "3.0.6",
  api: {
    authManagers: {
      "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager": { anonymousAccessWhen: [{ option: "simple_auth_manager_all_admins", section: "core" }] }
    },
    defaultAuthManager: "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
  },
  baseUrl: {
    option: "base_url",
    rootPathFor: {
      "/prefix": "/prefix/",
      "airflow.example.com/prefix": "airflow.example.com/prefix/",
      "https://airflow.example.com/prefix": "/prefix/",
      "https://airflow.example.com/prefix/": "/prefix/"
    },
    section: "api"
  },
  booleanValues: {
    false: [
      "false",
      "0",
      "f"
    ],
    stripsInlineComment: true,
    true: [
      "true",
      "1",
      "t"
    ]
  },
  cli: {
    commands: {
      "api-server": { deprecated: false },
      "assets details": { deprecated: false },
      "assets list": { deprecated: false },
      "assets materialize": { deprecated: false },
      "backfill create": { deprecated: false },
      "cheat-sheet": { deprecated: false },
      "config get-value": { deprecated: false },
      "config lint": { deprecated: false },
      "config list": { deprecated: false },
      "config update": { deprecated: false },
      "connections add": { deprecated: false },
      "connections create-default-connections": { deprecated: false },
      "connections delete": { deprecated: false },
      "connections export": { deprecated: false },
      "connections get": { deprecated: false },
      "connections import": { deprecated: false },
      "connections list": { deprecated: false },
      "connections test": { deprecated: false },
      "dag-processor": { deprecated: false },
      "dags delete": { deprecated: false },
      "dags details": { deprecated: false },
      "dags list": { deprecated: false },
      "dags list-import-errors": { deprecated: false },
      "dags list-jobs": { deprecated: false },
      "dags list-runs": { deprecated: false },
      "dags next-execution": { deprecated: false },
      "dags pause": { deprecated: false },
      "dags report": { deprecated: false },
      "dags reserialize": { deprecated: false },
      "dags show": { deprecated: false },
      "dags show-dependencies": { deprecated: false },
      "dags state": { deprecated: false },
      "dags test": { deprecated: false },
      "dags trigger": { deprecated: false },
      "dags unpause": { deprecated: false },
      "db check": { deprecated: false },
      "db check-migrations": { deprecated: false },
      "db clean": { deprecated: false },
      "db downgrade": { deprecated: false },
      "db drop-archived": { deprecated: false },
      "db export-archived": { deprecated: false },
      "db migrate": { deprecated: false },
      "db reset": { deprecated: false },
      "db shell": { deprecated: false },
      info: { deprecated: false },
      "jobs check": { deprecated: false },
      kerberos: { deprecated: false },
      plugins: { deprecated: false },
      "pools delete": { deprecated: false },
      "pools export": { deprecated: false },
      "pools get": { deprecated: false },
      "pools import": { deprecated: false },
      "pools list": { deprecated: false },
      "pools set": { deprecated: false },
      "providers auth-managers": { deprecated: false },
      "providers behaviours": { deprecated: false },
      "providers configs": { deprecated: false },
      "providers executors": { deprecated: false },
      "providers get": { deprecated: false },
      "providers hooks": { deprecated: false },
      "providers lazy-loaded": { deprecated: false },
      "providers links": { deprecated: false },
      "providers list": { deprecated: false },
      "providers logging": { deprecated: false },
      "providers notifications": { deprecated: false },
      "providers queues": { deprecated: false },
      "providers secrets": { deprecated: false },
      "providers triggers": { deprecated: false },
      "providers widgets": { deprecated: false },
      "rotate-fernet-key": { deprecated: false },
      scheduler: { deprecated: false },
      standalone: { deprecated: false },
      "tasks clear": { deprecated: false },
      "tasks failed-deps": { deprecated: false },
      "tasks list": { deprecated: false },
      "tasks render": { deprecated: false },
      "tasks state": { deprecated: false },
      "tasks states-for-dag-run": { deprecated: false },
      "tasks test": { deprecated: false },
      triggerer: { deprecated: false },
      "variables delete": { deprecated: false },
      "variables export": { deprecated: false },
      "variables get": { deprecated: false },
      "variables import": { deprecated: false },
      "variables list": { deprecated: false },
      "variables set": { deprecated: false },
      version: { deprecated: false }
    }
  },
  configChanges: [
    { breaking: false, kind: "renamed", message: "`hide_sensitive_variable_fields` configuration parameter moved from `admin` section to `core` section as `hide_sensitive_var_conn_fields`.", option: "hide_sensitive_variable_fields", renamedTo: { option: "hide_sensitive_var_conn_fields", section: "core" }, section: "admin" },
    { breaking: false, kind: "renamed", message: "`sensitive_variable_fields` configuration parameter moved from `admin` section to `core` section as `sensitive_var_conn_names`.", option: "sensitive_variable_fields", renamedTo: { option: "sensitive_var_conn_names", section: "core" }, section: "admin" },
    { breaking: false, kind: "default-changed", message: "Changed default value of `executor` in `core` from `SequentialExecutor` to `LocalExecutor`. You currently have `{value}` set.", newDefault: "LocalExecutor", oldDefault: "SequentialExecutor", option: "executor", section: "core" },
    { breaking: false, kind: "removed", message: "", option: "hostname", removeIfEquals: ":", reportedByLint: false, section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `check_slas` configuration parameter from `core` section. The SLA feature is removed in Airflow 3.0, to be replaced with Airflow Alerts in future", option: "check_slas", section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `strict_dataset_uri_validation` configuration parameter from `core` section. Dataset URI with a defined scheme will now always be validated strictly, raising a hard error on validation failure.", option: "strict_dataset_uri_validation", section: "core" },
    { breaking: false, kind: "removed", message: "Removed `dag_default_view` configuration parameter from `core` section.", option: "dag_default_view", section: "core" },
    { breaking: false, kind: "removed", message: "Removed `dag_orientation` configuration parameter from `core` section.", option: "dag_orientation", section: "core" },
    { breaking: false, kind: "renamed", message: "`dataset_manager_class` configuration parameter renamed to `asset_manager_class` in the `core` section.", option: "dataset_manager_class", renamedTo: { option: "asset_manager_class", section: "core" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`dataset_manager_kwargs` configuration parameter renamed to `asset_manager_kwargs` in the `core` section.", option: "dataset_manager_kwargs", renamedTo: { option: "asset_manager_kwargs", section: "core" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`worker_precheck` configuration parameter moved from `core` section to `celery` section as `worker_precheck`.", option: "worker_precheck", renamedTo: { option: "worker_precheck", section: "celery" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`non_pooled_task_slot_count` configuration parameter renamed to `default_pool_task_slot_count` in the `core` section.", option: "non_pooled_task_slot_count", renamedTo: { option: "default_pool_task_slot_count", section: "core" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`dag_concurrency` configuration parameter renamed to `max_active_tasks_per_dag` in the `core` section.", option: "dag_concurrency", renamedTo: { option: "max_active_tasks_per_dag", section: "core" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_conn` configuration parameter moved from `core` section to `database` section as `sql_alchemy_conn`.", option: "sql_alchemy_conn", renamedTo: { option: "sql_alchemy_conn", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_engine_encoding` configuration parameter moved from `core` section to `database` section as `sql_engine_encoding`.", option: "sql_engine_encoding", renamedTo: { option: "sql_engine_encoding", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_engine_collation_for_ids` configuration parameter moved from `core` section to `database` section as `sql_engine_collation_for_ids`.", option: "sql_engine_collation_for_ids", renamedTo: { option: "sql_engine_collation_for_ids", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_pool_enabled` configuration parameter moved from `core` section to `database` section as `sql_alchemy_pool_enabled`.", option: "sql_alchemy_pool_enabled", renamedTo: { option: "sql_alchemy_pool_enabled", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_pool_size` configuration parameter moved from `core` section to `database` section as `sql_alchemy_pool_size`.", option: "sql_alchemy_pool_size", renamedTo: { option: "sql_alchemy_pool_size", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_max_overflow` configuration parameter moved from `core` section to `database` section as `sql_alchemy_max_overflow`.", option: "sql_alchemy_max_overflow", renamedTo: { option: "sql_alchemy_max_overflow", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_pool_recycle` configuration parameter moved from `core` section to `database` section as `sql_alchemy_pool_recycle`.", option: "sql_alchemy_pool_recycle", renamedTo: { option: "sql_alchemy_pool_recycle", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_pool_pre_ping` configuration parameter moved from `core` section to `database` section as `sql_alchemy_pool_pre_ping`.", option: "sql_alchemy_pool_pre_ping", renamedTo: { option: "sql_alchemy_pool_pre_ping", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_schema` configuration parameter moved from `core` section to `database` section as `sql_alchemy_schema`.", option: "sql_alchemy_schema", renamedTo: { option: "sql_alchemy_schema", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`sql_alchemy_connect_args` configuration parameter moved from `core` section to `database` section as `sql_alchemy_connect_args`.", option: "sql_alchemy_connect_args", renamedTo: { option: "sql_alchemy_connect_args", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`load_default_connections` configuration parameter moved from `core` section to `database` section as `load_default_connections`.", option: "load_default_connections", renamedTo: { option: "load_default_connections", section: "database" }, section: "core" },
    { breaking: false, kind: "renamed", message: "`max_db_retries` configuration parameter moved from `core` section to `database` section as `max_db_retries`.", option: "max_db_retries", renamedTo: { option: "max_db_retries", section: "database" }, section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `task_runner` configuration parameter from `core` section.", option: "task_runner", section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `enable_xcom_pickling` configuration parameter from `core` section.", option: "enable_xcom_pickling", section: "core" },
    { breaking: false, kind: "renamed", message: "`dag_file_processor_timeout` configuration parameter moved from `core` section to `dag_processor` section as `dag_file_processor_timeout`.", option: "dag_file_processor_timeout", renamedTo: { option: "dag_file_processor_timeout", section: "dag_processor" }, section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `dag_processor_manager_log_location` configuration parameter from `core` section.", option: "dag_processor_manager_log_location", section: "core" },
    { breaking: false, kind: "removed", message: "Removed deprecated `log_processor_filename_template` configuration parameter from `core` section.", option: "log_processor_filename_template", section: "core" },
    { breaking: false, invalidValues: ["0"], kind: "invalid-value", message: "Invalid value `0` set for `parallelism` configuration parameter in `core` section. Please set the `parallelism` configuration parameter to a value greater than 0.", option: "parallelism", section: "core" },
    { breaking: false, kind: "renamed", message: "`access_control_allow_origin` configuration parameter renamed to `access_control_allow_origins` in the `api` section.", option: "access_control_allow_origin", renamedTo: { option: "access_control_allow_origins", section: "api" }, section: "api" },
    { breaking: false, kind: "renamed", message: "`auth_backend` configuration parameter moved from `api` section to `fab` section as `auth_backends`.", option: "auth_backend", renamedTo: { option: "auth_backends", section: "fab" }, section: "api" },
    { breaking: false, kind: "renamed", message: "`auth_backends` configuration parameter moved from `api` section to `fab` section as `auth_backends`.", option: "auth_backends", renamedTo: { option: "auth_backends", section: "fab" }, section: "api" },
    { breaking: false, kind: "removed", message: "Removed deprecated `enable_task_context_logger` configuration parameter from `logging` section. Remove TaskContextLogger: Replaced by the Log table for better handling of task log messages outside the execution context.", option: "enable_task_context_logger", section: "logging" },
    { breaking: false, kind: "removed", message: "Removed `dag_processor_manager_log_location` configuration parameter from `logging` section.", option: "dag_processor_manager_log_location", section: "logging" },
    { breaking: false, kind: "removed", message: "Removed `dag_processor_manager_log_stdout` configuration parameter from `logging` section.", option: "dag_processor_manager_log_stdout", section: "logging" },
    { breaking: false, kind: "removed", message: "Removed `log_processor_filename_template` configuration parameter from `logging` section.", option: "log_processor_filename_template", section: "logging" },
    { breaking: true, kind: "removed", message: "", option: "log_filename_template", removeIfEquals: "{{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log", reportedByLint: false, section: "logging" },
    { breaking: true, kind: "removed", message: "", option: "log_filename_template", removeIfEquals: "dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/{% if ti.map_index >= 0 %}map_index={{ ti.map_index }}/{% endif %}attempt={{ try_number }}.log", reportedByLint: false, section: "logging" },
    { breaking: false, kind: "removed", message: "Removed deprecated `metrics_use_pattern_match` configuration parameter from `metrics` section.", option: "metrics_use_pattern_match", section: "metrics" },
    { breaking: false, kind: "removed", message: "Removed deprecated `timer_unit_consistency` configuration parameter from `metrics` section. In Airflow 3.0, the `timer_unit_consistency` setting in the `metrics` section is removed as it is now the default behaviour. This is done to standardize all timer and timing metrics to milliseconds across all metric loggers", option: "timer_unit_consistency", section: "metrics" },
    { breaking: false, kind: "renamed", message: "`statsd_allow_list` configuration parameter renamed to `metrics_allow_list` in the `metrics` section.", option: "statsd_allow_list", renamedTo: { option: "metrics_allow_list", section: "metrics" }, section: "metrics" },
    { breaking: false, kind: "renamed", message: "`statsd_block_list` configuration parameter renamed to `metrics_block_list` in the `metrics` section.", option: "statsd_block_list", renamedTo: { option: "metrics_block_list", section: "metrics" }, section: "metrics" },
    { breaking: false, kind: "removed", message: "Removed deprecated `otel_task_log_event` configuration parameter from `traces` section.", option: "otel_task_log_event", section: "traces" },
    { breaking: false, kind: "removed", message: "Removed deprecated `allow_illegal_arguments` configuration parameter from `operators` section.", option: "allow_illegal_arguments", section: "operators" },
    { breaking: false, kind: "removed", message: "Removed deprecated `allow_raw_html_descriptions` configuration parameter from `webserver` section.", option: "allow_raw_html_descriptions", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed deprecated `cookie_samesite` configuration parameter from `webserver` section.", option: "cookie_samesite", section: "webserver" },
    { breaking: false, kind: "renamed", message: "`update_fab_perms` configuration parameter moved from `webserver` section to `fab` section as `update_fab_perms`.", option: "update_fab_perms", renamedTo: { option: "update_fab_perms", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`auth_rate_limited` configuration parameter moved from `webserver` section to `fab` section as `auth_rate_limited`.", option: "auth_rate_limited", renamedTo: { option: "auth_rate_limited", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`auth_rate_limit` configuration parameter moved from `webserver` section to `fab` section as `auth_rate_limit`.", option: "auth_rate_limit", renamedTo: { option: "auth_rate_limit", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`config_file` configuration parameter moved from `webserver` section to `fab` section as `config_file`.", option: "config_file", renamedTo: { option: "config_file", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`session_backend` configuration parameter moved from `webserver` section to `fab` section as `session_backend`.", option: "session_backend", renamedTo: { option: "session_backend", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`session_lifetime_days` configuration parameter moved from `webserver` section to `fab` section as `session_lifetime_minutes`.", option: "session_lifetime_days", renamedTo: { option: "session_lifetime_minutes", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`force_log_out_after` configuration parameter moved from `webserver` section to `fab` section as `session_lifetime_minutes`.", option: "force_log_out_after", renamedTo: { option: "session_lifetime_minutes", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`session_lifetime_minutes` configuration parameter moved from `webserver` section to `fab` section as `session_lifetime_minutes`.", option: "session_lifetime_minutes", renamedTo: { option: "session_lifetime_minutes", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`access_denied_message` configuration parameter moved from `webserver` section to `fab` section as `access_denied_message`.", option: "access_denied_message", renamedTo: { option: "access_denied_message", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`expose_hostname` configuration parameter moved from `webserver` section to `fab` section as `expose_hostname`.", option: "expose_hostname", renamedTo: { option: "expose_hostname", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`navbar_color` configuration parameter moved from `webserver` section to `fab` section as `navbar_color`.", option: "navbar_color", renamedTo: { option: "navbar_color", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`navbar_text_color` configuration parameter moved from `webserver` section to `fab` section as `navbar_text_color`.", option: "navbar_text_color", renamedTo: { option: "navbar_text_color", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`navbar_hover_color` configuration parameter moved from `webserver` section to `fab` section as `navbar_hover_color`.", option: "navbar_hover_color", renamedTo: { option: "navbar_hover_color", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`navbar_text_hover_color` configuration parameter moved from `webserver` section to `fab` section as `navbar_text_hover_color`.", option: "navbar_text_hover_color", renamedTo: { option: "navbar_text_hover_color", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `x_frame_enabled` configuration parameter from `webserver` section.", option: "x_frame_enabled", section: "webserver" },
    { breaking: false, kind: "renamed", message: "`base_url` configuration parameter moved from `webserver` section to `api` section as `base_url`.", option: "base_url", renamedTo: { option: "base_url", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`secret_key` configuration parameter moved from `webserver` section to `api` section as `secret_key`.", option: "secret_key", renamedTo: { option: "secret_key", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`web_server_host` configuration parameter moved from `webserver` section to `api` section as `host`.", option: "web_server_host", renamedTo: { option: "host", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`web_server_port` configuration parameter moved from `webserver` section to `api` section as `port`.", option: "web_server_port", renamedTo: { option: "port", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`workers` configuration parameter moved from `webserver` section to `api` section as `workers`.", option: "workers", renamedTo: { option: "workers", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`web_server_worker_timeout` configuration parameter moved from `webserver` section to `api` section as `worker_timeout`.", option: "web_server_worker_timeout", renamedTo: { option: "worker_timeout", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`web_server_ssl_cert` configuration parameter moved from `webserver` section to `api` section as `ssl_cert`.", option: "web_server_ssl_cert", renamedTo: { option: "ssl_cert", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`web_server_ssl_key` configuration parameter moved from `webserver` section to `api` section as `ssl_key`.", option: "web_server_ssl_key", renamedTo: { option: "ssl_key", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`access_logfile` configuration parameter moved from `webserver` section to `api` section as `access_logfile`.", option: "access_logfile", renamedTo: { option: "access_logfile", section: "api" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`enable_swagger_ui` configuration parameter moved from `webserver` section to `api` section as `enable_swagger_ui`.", option: "enable_swagger_ui", renamedTo: { option: "enable_swagger_ui", section: "api" }, section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `error_logfile` configuration parameter from `webserver` section.", option: "error_logfile", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `access_logformat` configuration parameter from `webserver` section.", option: "access_logformat", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `web_server_master_timeout` configuration parameter from `webserver` section.", option: "web_server_master_timeout", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `worker_refresh_batch_size` configuration parameter from `webserver` section.", option: "worker_refresh_batch_size", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `worker_refresh_interval` configuration parameter from `webserver` section.", option: "worker_refresh_interval", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `reload_on_plugin_change` configuration parameter from `webserver` section.", option: "reload_on_plugin_change", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `worker_class` configuration parameter from `webserver` section.", option: "worker_class", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `expose_stacktrace` configuration parameter from `webserver` section.", option: "expose_stacktrace", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `log_fetch_delay_sec` configuration parameter from `webserver` section.", option: "log_fetch_delay_sec", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `log_auto_tailing_offset` configuration parameter from `webserver` section.", option: "log_auto_tailing_offset", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `log_animation_speed` configuration parameter from `webserver` section.", option: "log_animation_speed", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `default_dag_run_display_number` configuration parameter from `webserver` section.", option: "default_dag_run_display_number", section: "webserver" },
    { breaking: false, kind: "renamed", message: "`enable_proxy_fix` configuration parameter moved from `webserver` section to `fab` section as `enable_proxy_fix`.", option: "enable_proxy_fix", renamedTo: { option: "enable_proxy_fix", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`proxy_fix_x_for` configuration parameter moved from `webserver` section to `fab` section as `proxy_fix_x_for`.", option: "proxy_fix_x_for", renamedTo: { option: "proxy_fix_x_for", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`proxy_fix_x_proto` configuration parameter moved from `webserver` section to `fab` section as `proxy_fix_x_proto`.", option: "proxy_fix_x_proto", renamedTo: { option: "proxy_fix_x_proto", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`proxy_fix_x_host` configuration parameter moved from `webserver` section to `fab` section as `proxy_fix_x_host`.", option: "proxy_fix_x_host", renamedTo: { option: "proxy_fix_x_host", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`proxy_fix_x_port` configuration parameter moved from `webserver` section to `fab` section as `proxy_fix_x_port`.", option: "proxy_fix_x_port", renamedTo: { option: "proxy_fix_x_port", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`proxy_fix_x_prefix` configuration parameter moved from `webserver` section to `fab` section as `proxy_fix_x_prefix`.", option: "proxy_fix_x_prefix", renamedTo: { option: "proxy_fix_x_prefix", section: "fab" }, section: "webserver" },
    { breaking: false, kind: "renamed", message: "`expose_config` configuration parameter moved from `webserver` section to `api` section as `expose_config`.", option: "expose_config", renamedTo: { option: "expose_config", section: "api" }, section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `cookie_secure` configuration parameter from `webserver` section.", option: "cookie_secure", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `analytics_tool` configuration parameter from `webserver` section.", option: "analytics_tool", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `analytics_id` configuration parameter from `webserver` section.", option: "analytics_id", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `analytics_url` configuration parameter from `webserver` section.", option: "analytics_url", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `show_recent_stats_for_completed_runs` configuration parameter from `webserver` section.", option: "show_recent_stats_for_completed_runs", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `run_internal_api` configuration parameter from `webserver` section.", option: "run_internal_api", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `caching_hash_method` configuration parameter from `webserver` section.", option: "caching_hash_method", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `show_trigger_form_if_no_params` configuration parameter from `webserver` section.", option: "show_trigger_form_if_no_params", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `num_recent_configurations_for_trigger` configuration parameter from `webserver` section.", option: "num_recent_configurations_for_trigger", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `allowed_payload_size` configuration parameter from `webserver` section.", option: "allowed_payload_size", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `max_form_memory_size` configuration parameter from `webserver` section.", option: "max_form_memory_size", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `max_form_parts` configuration parameter from `webserver` section.", option: "max_form_parts", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed `default_ui_timezone` configuration parameter from `webserver` section.", option: "default_ui_timezone", section: "webserver" },
    { breaking: false, kind: "renamed", message: "`airflow_local_settings` configuration parameter renamed to `task_policy` in the `policy` section.", option: "airflow_local_settings", renamedTo: { option: "task_policy", section: "policy" }, section: "policy" },
    { breaking: false, kind: "removed", message: "Removed `navbar_logo_text_color` configuration parameter from `webserver` section.", option: "navbar_logo_text_color", section: "webserver" },
    { breaking: false, kind: "removed", message: "Removed deprecated `dependency_detector` configuration parameter from `scheduler` section.", option: "dependency_detector", section: "scheduler" },
    { breaking: false, kind: "removed", message: "Removed deprecated `allow_trigger_in_future` configuration parameter from `scheduler` section.", option: "allow_trigger_in_future", section: "scheduler" },
    { breaking: false, kind: "default-changed", message: "Changed default value of `catchup_by_default` in `scheduler` from `True` to `False`. You currently have `{value}` set. In Airflow 3.0 the default value for `catchup_by_default` is set to `False`. This means that DAGs without explicit definition of the `catchup` parameter will not catchup by default. If your DAGs rely on catchup behavior, not explicitly defined in the DAG definition, set this configuration parameter to `True` in the `scheduler` section of your `airflow.cfg` to enable the behavior from Airflow 2.x.", newDefault: "False", oldDefault: "True", option: "catchup_by_default", section: "scheduler" },
    { breaking: false, kind: "default-changed", message: "Changed default value of `create_cron_data_intervals` in `scheduler` from `True` to `False`. You currently have `{value}` set.", newDefault: "False", oldDefault: "True", option: "create_cron_data_intervals", section: "scheduler" },
    { breaking: false, kind: "default-changed", message: "Changed default value of `create_delta_data_intervals` in `scheduler` from `True` to `False`. You currently have `{value}` set.", newDefault: "False", oldDefault: "True", option: "create_delta_data_intervals", section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`processor_poll_interval` configuration parameter renamed to `scheduler_idle_sleep_time` in the `scheduler` section.", option: "processor_poll_interval", renamedTo: { option: "scheduler_idle_sleep_time", section: "scheduler" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`deactivate_stale_dags_interval` configuration parameter renamed to `parsing_cleanup_interval` in the `scheduler` section.", option: "deactivate_stale_dags_interval", renamedTo: { option: "parsing_cleanup_interval", section: "scheduler" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_on` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_on`.", option: "statsd_on", renamedTo: { option: "statsd_on", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`max_threads` configuration parameter moved from `scheduler` section to `dag_processor` section as `parsing_processes`.", option: "max_threads", renamedTo: { option: "parsing_processes", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_host` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_host`.", option: "statsd_host", renamedTo: { option: "statsd_host", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_port` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_port`.", option: "statsd_port", renamedTo: { option: "statsd_port", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_prefix` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_prefix`.", option: "statsd_prefix", renamedTo: { option: "statsd_prefix", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_allow_list` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_allow_list`.", option: "statsd_allow_list", renamedTo: { option: "statsd_allow_list", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`stat_name_handler` configuration parameter moved from `scheduler` section to `metrics` section as `stat_name_handler`.", option: "stat_name_handler", renamedTo: { option: "stat_name_handler", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_datadog_enabled` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_datadog_enabled`.", option: "statsd_datadog_enabled", renamedTo: { option: "statsd_datadog_enabled", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_datadog_tags` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_datadog_tags`.", option: "statsd_datadog_tags", renamedTo: { option: "statsd_datadog_tags", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_datadog_metrics_tags` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_datadog_metrics_tags`.", option: "statsd_datadog_metrics_tags", renamedTo: { option: "statsd_datadog_metrics_tags", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`statsd_custom_client_path` configuration parameter moved from `scheduler` section to `metrics` section as `statsd_custom_client_path`.", option: "statsd_custom_client_path", renamedTo: { option: "statsd_custom_client_path", section: "metrics" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`parsing_processes` configuration parameter moved from `scheduler` section to `dag_processor` section as `parsing_processes`.", option: "parsing_processes", renamedTo: { option: "parsing_processes", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`file_parsing_sort_mode` configuration parameter moved from `scheduler` section to `dag_processor` section as `file_parsing_sort_mode`.", option: "file_parsing_sort_mode", renamedTo: { option: "file_parsing_sort_mode", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`max_callbacks_per_loop` configuration parameter moved from `scheduler` section to `dag_processor` section as `max_callbacks_per_loop`.", option: "max_callbacks_per_loop", renamedTo: { option: "max_callbacks_per_loop", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`min_file_process_interval` configuration parameter moved from `scheduler` section to `dag_processor` section as `min_file_process_interval`.", option: "min_file_process_interval", renamedTo: { option: "min_file_process_interval", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`stale_dag_threshold` configuration parameter moved from `scheduler` section to `dag_processor` section as `stale_dag_threshold`.", option: "stale_dag_threshold", renamedTo: { option: "stale_dag_threshold", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`print_stats_interval` configuration parameter moved from `scheduler` section to `dag_processor` section as `print_stats_interval`.", option: "print_stats_interval", renamedTo: { option: "print_stats_interval", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`dag_dir_list_interval` configuration parameter moved from `scheduler` section to `dag_processor` section as `refresh_interval`.", option: "dag_dir_list_interval", renamedTo: { option: "refresh_interval", section: "dag_processor" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`local_task_job_heartbeat_sec` configuration parameter renamed to `task_instance_heartbeat_sec` in the `scheduler` section.", option: "local_task_job_heartbeat_sec", renamedTo: { option: "task_instance_heartbeat_sec", section: "scheduler" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`scheduler_zombie_task_threshold` configuration parameter renamed to `task_instance_heartbeat_timeout` in the `scheduler` section.", option: "scheduler_zombie_task_threshold", renamedTo: { option: "task_instance_heartbeat_timeout", section: "scheduler" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`zombie_detection_interval` configuration parameter renamed to `task_instance_heartbeat_timeout_detection_interval` in the `scheduler` section.", option: "zombie_detection_interval", renamedTo: { option: "task_instance_heartbeat_timeout_detection_interval", section: "scheduler" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`child_process_log_directory` configuration parameter moved from `scheduler` section to `logging` section as `dag_processor_child_process_log_directory`.", option: "child_process_log_directory", renamedTo: { option: "dag_processor_child_process_log_directory", section: "logging" }, section: "scheduler" },
    { breaking: false, kind: "renamed", message: "`stalled_task_timeout` configuration parameter moved from `celery` section to `scheduler` section as `task_queued_timeout`.", option: "stalled_task_timeout", renamedTo: { option: "task_queued_timeout", section: "scheduler" }, section: "celery" },
    { breaking: false, kind: "renamed", message: "`default_queue` configuration parameter moved from `celery` section to `operators` section as `default_queue`.", option: "default_queue", renamedTo: { option: "default_queue", section: "operators" }, section: "celery" },
    { breaking: false, kind: "renamed", message: "`task_adoption_timeout` configuration parameter moved from `celery` section to `scheduler` section as `task_queued_timeout`.", option: "task_adoption_timeout", renamedTo: { option: "task_queued_timeout", section: "scheduler" }, section: "celery" },
    { breaking: false, kind: "renamed", message: "`worker_pods_pending_timeout` configuration parameter moved from `kubernetes_executor` section to `scheduler` section as `task_queued_timeout`.", option: "worker_pods_pending_timeout", renamedTo: { option: "task_queued_timeout", section: "scheduler" }, section: "kubernetes_executor" },
    { breaking: false, kind: "renamed", message: "`worker_pods_pending_timeout_check_interval` configuration parameter moved from `kubernetes_executor` section to `scheduler` section as `task_queued_timeout_check_interval`.", option: "worker_pods_pending_timeout_check_interval", renamedTo: { option: "task_queued_timeout_check_interval", section: "scheduler" }, section: "kubernetes_executor" },
    { breaking: false, kind: "removed", message: "Removed deprecated `smtp_user` configuration parameter from `smtp` section. Please use the SMTP connection (`smtp_default`).", option: "smtp_user", section: "smtp" },
    { breaking: false, kind: "removed", message: "Removed deprecated `smtp_password` configuration parameter from `smtp` section. Please use the SMTP connection (`smtp_default`).", option: "smtp_password", section: "smtp" },
    { breaking: false, kind: "removed", message: "Removed deprecated `load_default_connections` configuration parameter from `database` section.", option: "load_default_connections", section: "database" },
    { breaking: false, kind: "renamed", message: "`default_capacity` configuration parameter renamed to `capacity` in the `triggerer` section.", option: "default_capacity", renamedTo: { option: "capacity", section: "triggerer" }, section: "triggerer" },
    { breaking: false, kind: "removed", message: "", option: "email_backend", removeIfEquals: "airflow.contrib.utils.sendgrid.send_email", reportedByLint: false, section: "email" },
    { breaking: true, kind: "removed", message: "", option: "log_id_template", removeIfEquals: "{dag_id}-{task_id}-{logical_date}-{try_number}", reportedByLint: false, section: "elasticsearch" }
  ],
  deprecatedOptions: [
    { newOption: "refresh_interval", newSection: "dag_processor", option: "dag_dir_list_interval", section: "scheduler", since: "3.0" },
    { newOption: "parsing_pre_import_modules", newSection: "dag_processor", option: "parsing_pre_import_modules", section: "scheduler", since: "3.0.4" },
    { newOption: "capacity", newSection: "triggerer", option: "default_capacity", section: "triggerer", since: "3.0" },
    { newOption: "access_denied_message", newSection: "fab", option: "access_denied_message", section: "webserver", since: "3.0.2" },
    { newOption: "access_logfile", newSection: "api", option: "access_logfile", section: "webserver", since: "3.0" },
    { newOption: "enable_swagger_ui", newSection: "api", option: "enable_swagger_ui", section: "webserver", since: "3.0.2" },
    { newOption: "expose_config", newSection: "api", option: "expose_config", section: "webserver", since: "3.0.1" },
    { newOption: "expose_hostname", newSection: "fab", option: "expose_hostname", section: "webserver", since: "3.0.2" },
    { newOption: "navbar_color", newSection: "fab", option: "navbar_color", section: "webserver", since: "3.0.2" },
    { newOption: "navbar_hover_color", newSection: "fab", option: "navbar_hover_color", section: "webserver", since: "3.0.2" },
    { newOption: "navbar_text_color", newSection: "fab", option: "navbar_text_color", section: "webserver", since: "3.0.2" },
    { newOption: "navbar_text_hover_color", newSection: "fab", option: "navbar_text_hover_color", section: "webserver", since: "3.0.2" },
    { newOption: "secret_key", newSection: "api", option: "secret_key", section: "webserver", since: "3.0.2" },
    { newOption: "host", newSection: "api", option: "web_server_host", section: "webserver", since: "3.0" },
    { newOption: "port", newSection: "api", option: "web_server_port", section: "webserver", since: "3.0" },
    { newOption: "ssl_cert", newSection: "api", option: "web_server_ssl_cert", section: "webserver", since: "3.0" },
    { newOption: "ssl_key", newSection: "api", option: "web_server_ssl_key", section: "webserver", since: "3.0" },
    { newOption: "worker_timeout", newSection: "api", option: "web_server_worker_timeout", section: "webserver", since: "3.0" },
    { newOption: "workers", newSection: "api", option: "workers", section: "webserver", since: "3.0" }
  ],
  deprecatedSections: [],
  deprecatedValues: [
    { option: "executor", pattern: "SequentialExecutor", replacement: "LocalExecutor", section: "core", since: "" },
    { option: "log_filename_template", pattern: "dag_id=\\{\\{\\ ti\\.dag_id\\ \\}\\}/run_id=\\{\\{\\ ti\\.run_id\\ \\}\\}/task_id=\\{\\{\\ ti\\.task_id\\ \\}\\}/\\{%\\ if\\ ti\\.map_index\\ >=\\ 0\\ %\\}map_index=\\{\\{\\ ti\\.map_index\\ \\}\\}/\\{%\\ endif\\ %\\}attempt=\\{\\{\\ try_number\\ \\}\\}\\.log", replacement: "dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/{% if ti.map_index >= 0 %}map_index={{ ti.map_index }}/{% endif %}attempt={{ try_number|default(ti.try_number) }}.log", section: "logging", since: "" }
  ],
  executionApi: {
    defaultServerUrl: "http://localhost:8080/execution/",
    serverUrlForBaseUrl: {
      "/prefix": "http://localhost:8080/prefix/execution/",
      "https://airflow.example.com/prefix": "https://airflow.example.com/prefix/execution/"
    }
  },
  executorProviders: {
    "apache-airflow-providers-celery": {
      celery: {
        defaultVisibilityTimeout: 84600,
        resultBackendKeptAsWritten: true,
        visibilityTimeoutSchemes: [
          "redis",
          "rediss",
          "sentinel",
          "sqs"
        ]
      },
      configReadFrom: "apache-airflow-providers-celery==3.8.3",
      executors: [
        "CeleryExecutor"
      ],
      extras: [
        "celery"
      ],
      sections: {
        celery: {
          options: {
            broker_url: { default: "redis://redis:6379/0", sensitive: true, type: "string" },
            celery_app_name: { default: "airflow.providers.celery.executors.celery_executor", sensitive: false, type: "string" },
            celery_config_options: { default: "airflow.providers.celery.executors.default_celery.DEFAULT_CELERY_CONFIG", sensitive: false, type: "string" },
            flower_basic_auth: { default: "", sensitive: true, type: "string" },
            flower_host: { default: "0.0.0.0", sensitive: false, type: "string" },
            flower_port: { default: "5555", sensitive: false, type: "string" },
            flower_url_prefix: { default: "", sensitive: false, type: "string" },
            operation_timeout: { default: "1.0", sensitive: false, type: "float" },
            pool: { default: "prefork", sensitive: false, type: "string" },
            result_backend: { default: null, sensitive: true, type: "string" },
            result_backend_sqlalchemy_engine_options: { default: "", sensitive: false, type: "string" },
            ssl_active: { default: "False", sensitive: false, type: "string" },
            ssl_cacert: { default: "", sensitive: false, type: "string" },
            ssl_cert: { default: "", sensitive: false, type: "string" },
            ssl_key: { default: "", sensitive: false, type: "string" },
            sync_parallelism: { default: "0", sensitive: false, type: "string" },
            task_acks_late: { default: "True", sensitive: false, type: "boolean", versionAdded: "3.6.0" },
            task_publish_max_retries: { default: "3", sensitive: false, type: "integer" },
            task_track_started: { default: "True", sensitive: false, type: "boolean" },
            worker_autoscale: { default: null, sensitive: false, type: "string" },
            worker_concurrency: { default: "16", sensitive: false, type: "string" },
            worker_enable_remote_control: { default: "true", sensitive: false, type: "boolean" },
            worker_precheck: { default: "False", sensitive: false, type: "string" },
            worker_prefetch_multiplier: { default: "1", sensitive: false, type: "integer" }
          },
          owner: "apache-airflow-providers-celery"
        },
        celery_broker_transport_options: {
          options: {
            sentinel_kwargs: { default: null, sensitive: true, type: "string" },
            visibility_timeout: { default: null, sensitive: false, type: "string" }
          },
          owner: "apache-airflow-providers-celery"
        },
        celery_kubernetes_executor: {
          options: {
            kubernetes_queue: { default: "kubernetes", sensitive: false, type: "string" }
          },
          owner: "apache-airflow-providers-celery"
        }
      }
    },
    "apache-airflow-providers-cncf-kubernetes": {
      configReadFrom: "apache-airflow-providers-cncf-kubernetes==9.0.0",
      executors: [
        "KubernetesExecutor"
      ],
      extras: [
        "cncf-kubernetes"
      ],
      sections: {
        kubernetes_executor: {
          options: {
            api_client_retry_configuration: { default: "", sensitive: false, type: "string" },
            cluster_context: { default: null, sensitive: false, type: "string" },
            config_file: { default: null, sensitive: false, type: "string" },
            delete_option_kwargs: { default: "", sensitive: false, type: "string" },
            delete_worker_pods: { default: "True", sensitive: false, type: "string" },
            delete_worker_pods_on_failure: { default: "False", sensitive: false, type: "string" },
            enable_tcp_keepalive: { default: "True", sensitive: false, type: "boolean" },
            in_cluster: { default: "True", sensitive: false, type: "string" },
            kube_client_request_args: { default: "", sensitive: false, type: "string" },
            logs_task_metadata: { default: "False", sensitive: false, type: "boolean" },
            multi_namespace_mode: { default: "False", sensitive: false, type: "boolean" },
            multi_namespace_mode_namespace_list: { default: "", sensitive: false, type: "string" },
            namespace: { default: "default", sensitive: false, type: "string" },
            pod_template_file: { default: "", sensitive: false, type: "string" },
            ssl_ca_cert: { default: "", sensitive: false, type: "string" },
            task_publish_max_retries: { default: "0", sensitive: false, type: "integer" },
            tcp_keep_cnt: { default: "6", sensitive: false, type: "integer" },
            tcp_keep_idle: { default: "120", sensitive: false, type: "integer" },
            tcp_keep_intvl: { default: "30", sensitive: false, type: "integer" },
            verify_ssl: { default: "True", sensitive: false, type: "boolean" },
            worker_container_repository: { default: "", sensitive: false, type: "string" },
            worker_container_tag: { default: "", sensitive: false, type: "string" },
            worker_pod_pending_fatal_container_state_reasons: { default: "CreateContainerConfigError,ErrImagePull,CreateContainerError,ImageInspectError, InvalidImageName", sensitive: false, type: "string", versionAdded: "8.1.0" },
            worker_pods_creation_batch_size: { default: "1", sensitive: false, type: "string" },
            worker_pods_queued_check_interval: { default: "60", sensitive: false, type: "integer" }
          },
          owner: "apache-airflow-providers-cncf-kubernetes"
        },
        local_kubernetes_executor: {
          options: {
            kubernetes_queue: { default: "kubernetes", sensitive: false, type: "string" }
          },
          owner: "apache-airflow-providers-cncf-kubernetes"
        }
      }
    }
  },
  executors: {
    acceptsList: true,
    coreExecutors: {
      CeleryExecutor: "airflow.providers.celery.executors.celery_executor.CeleryExecutor",
      KubernetesExecutor: "airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutor",
      LocalExecutor: "airflow.executors.local_executor.LocalExecutor"
    },
    sqliteIncompatible: []
  },
  formerOptions: [
    { lastDefault: "False", lastRelease: "2.11.2", option: "enable_experimental_api", section: "api" },
    { lastDefault: "", lastRelease: "2.11.2", option: "google_key_path", section: "api" },
    { lastDefault: "", lastRelease: "2.11.2", option: "google_oauth2_audience", section: "api" },
    { lastDefault: "airflow.api.client.local_client", lastRelease: "2.11.2", option: "api_client", section: "cli" },
    { lastDefault: "http://localhost:8080", lastRelease: "2.11.2", option: "endpoint_url", section: "cli" },
    { lastDefault: "False", lastRelease: "2.11.2", option: "fail_fast", section: "debug" },
    { lastDefault: "False", lastRelease: "2.11.2", option: "use_historical_filename_templates", section: "logging" },
    { lastDefault: "True", lastRelease: "2.11.2", option: "schedule_after_task_execution", section: "scheduler" },
    { lastDefault: "False", lastRelease: "2.11.2", option: "standalone_dag_processor", section: "scheduler" },
    { lastDefault: "grid", lastRelease: "2.11.2", option: "dag_default_view", section: "webserver" },
    { lastDefault: "LR", lastRelease: "2.11.2", option: "dag_orientation", section: "webserver" }
  ],
  integerValues: {
    acceptsWholeFloats: false
  },
  libraries: {
    python: "3.11",
    sqlalchemy: "1.4.54"
  },
  metastore: {
    dialectDrivers: {
      mysql: { default: "mysqldb", drivers: ["aiomysql", "asyncmy", "base", "cymysql", "mariadbconnector", "mysqlconnector", "mysqldb", "oursql", "pymysql", "pyodbc"] },
      postgresql: { default: "psycopg2", drivers: ["asyncpg", "base", "pg8000", "psycopg2", "psycopg2cffi", "pygresql", "pypostgresql"] },
      sqlite: { default: "pysqlite", drivers: ["aiosqlite", "base", "pysqlcipher", "pysqlite"] }
    },
    migrateCommand: [
      "db",
      "migrate"
    ],
    migrationHead: "fe199e1abd77",
    refusesRelativeSqlite: true,
    supportedDialects: [
      "mysql",
      "postgresql",
      "sqlite"
    ],
    tables: [
      "alembic_version",
      "asset",
      "asset_active",
      "asset_alias",
      "asset_alias_asset",
      "asset_alias_asset_event",
      "asset_dag_run_queue",
      "asset_event",
      "asset_trigger",
      "backfill",
      "backfill_dag_run",
      "callback_request",
      "connection",
      "dag",
      "dag_bundle",
      "dag_code",
      "dag_owner_attributes",
      "dag_priority_parsing_request",
      "dag_run",
      "dag_run_note",
      "dag_schedule_asset_alias_reference",
      "dag_schedule_asset_name_reference",
      "dag_schedule_asset_reference",
      "dag_schedule_asset_uri_reference",
      "dag_tag",
      "dag_version",
      "dag_warning",
      "dagrun_asset_event",
      "deadline",
      "import_error",
      "job",
      "log",
      "log_template",
      "rendered_task_instance_fields",
      "serialized_dag",
      "slot_pool",
      "task_instance",
      "task_instance_history",
      "task_instance_note",
      "task_map",
      "task_outlet_asset_reference",
      "task_reschedule",
      "trigger",
      "variable",
      "xcom"
    ]
  },
  providers: {
    "apache-airflow-providers-common-compat": "1.23.0",
    "apache-airflow-providers-common-io": "1.11.0",
    "apache-airflow-providers-common-sql": "2.4.0",
    "apache-airflow-providers-postgres": "7.1.1",
    "apache-airflow-providers-smtp": "3.2.0",
    "apache-airflow-providers-standard": "1.21.0"
  },
  remoteLogging: {
    folderPrefixes: [
      "cloudwatch://",
      "gs://",
      "hdfs://",
      "oss://",
      "s3://",
      "stackdriver://",
      "wasb"
    ],
    hostOptions: [
      {
        option: "host",
        section: "elasticsearch"
      },
      {
        option: "host",
        section: "opensearch"
      }
    ],
    optionsReadOnlyWhenRemote: [
      {
        option: "remote_wasb_log_container",
        section: "azure_remote_logging"
      },
      {
        option: "end_of_log_mark",
        section: "elasticsearch"
      },
      {
        option: "frontend",
        section: "elasticsearch"
      },
      {
        option: "host_field",
        section: "elasticsearch"
      },
      {
        option: "json_fields",
        section: "elasticsearch"
      },
      {
        option: "json_format",
        section: "elasticsearch"
      },
      {
        option: "offset_field",
        section: "elasticsearch"
      },
      {
        option: "target_index",
        section: "elasticsearch"
      },
      {
        option: "write_stdout",
        section: "elasticsearch"
      },
      {
        option: "write_to_es",
        section: "elasticsearch"
      },
      {
        option: "delete_local_logs",
        section: "logging"
      },
      {
        option: "google_key_path",
        section: "logging"
      },
      {
        option: "remote_task_handler_kwargs",
        section: "logging"
      },
      {
        option: "end_of_log_mark",
        section: "opensearch"
      },
      {
        option: "host_field",
        section: "opensearch"
      },
      {
        option: "json_fields",
        section: "opensearch"
      },
      {
        option: "json_format",
        section: "opensearch"
      },
      {
        option: "offset_field",
        section: "opensearch"
      },
      {
        option: "password",
        section: "opensearch"
      },
      {
        option: "port",
        section: "opensearch"
      },
      {
        option: "username",
        section: "opensearch"
      },
      {
        option: "write_stdout",
        section: "opensearch"
      }
    ],
    refusesWithoutTarget: true
  },
  sections: {
    api: {
      options: {
        access_control_allow_headers: { default: "", readAs: ["list"], sensitive: false, type: "string", versionAdded: "2.1.0" },
        access_control_allow_methods: { default: "", readAs: ["list"], sensitive: false, type: "string", versionAdded: "2.1.0" },
        access_control_allow_origins: { default: "", readAs: ["list"], sensitive: false, type: "string", versionAdded: "2.2.0" },
        access_logfile: { default: "-", sensitive: false, type: "string" },
        base_url: { default: null, sensitive: false, type: "string" },
        enable_swagger_ui: { default: "True", sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        enable_xcom_deserialize_support: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.7.0" },
        expose_config: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" },
        expose_stacktrace: { default: "False", sensitive: false, type: "string" },
        fallback_page_limit: { default: "50", sensitive: false, type: "integer", versionAdded: "2.0.0" },
        host: { default: "0.0.0.0", sensitive: false, type: "string" },
        maximum_page_limit: { default: "100", sensitive: false, type: "integer", versionAdded: "2.0.0" },
        port: { default: "8080", sensitive: false, type: "string" },
        secret_key: { default: null, generated: true, sensitive: true, type: "string" },
        ssl_cert: { default: "", sensitive: false, type: "string" },
        ssl_key: { default: "", sensitive: false, type: "string" },
        worker_timeout: { default: "120", sensitive: false, type: "integer" },
        workers: { default: "4", sensitive: false, type: "integer" }
      },
      owner: "core"
    },
    api_auth: {
      options: {
        jwt_algorithm: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_audience: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_cli_expiration_time: { default: "3600", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        jwt_expiration_time: { default: "86400", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        jwt_issuer: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_kid: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_leeway: { default: "10", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        jwt_private_key_path: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_secret: { default: null, generated: true, sensitive: true, type: "string", versionAdded: "3.0.0" },
        trusted_jwks_url: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" }
      },
      owner: "core"
    },
    atlas: {
      options: {
        host: { default: "", sensitive: false, type: "string" },
        password: { default: "", sensitive: false, type: "string" },
        port: { default: "21000", sensitive: false, type: "string" },
        sasl_enabled: { default: "False", sensitive: false, type: "string" },
        username: { default: "", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    celery: {
      options: {
        broker_url: { default: "redis://redis:6379/0", sensitive: false, type: "string" },
        celery_app_name: { default: "airflow.executors.celery_executor", sensitive: false, type: "string" },
        celery_config_options: { default: "airflow.config_templates.default_celery.DEFAULT_CELERY_CONFIG", sensitive: false, type: "string" },
        flower_basic_auth: { default: "", sensitive: false, type: "string" },
        flower_host: { default: "0.0.0.0", sensitive: false, type: "string" },
        flower_port: { default: "5555", sensitive: false, type: "string" },
        flower_url_prefix: { default: "", sensitive: false, type: "string" },
        operation_timeout: { default: "1.0", sensitive: false, type: "string" },
        pool: { default: "prefork", sensitive: false, type: "string" },
        result_backend_sqlalchemy_engine_options: { default: "", sensitive: false, type: "string" },
        ssl_active: { default: "False", sensitive: false, type: "string" },
        ssl_cacert: { default: "", sensitive: false, type: "string" },
        ssl_cert: { default: "", sensitive: false, type: "string" },
        ssl_key: { default: "", sensitive: false, type: "string" },
        sync_parallelism: { default: "0", sensitive: false, type: "string" },
        task_publish_max_retries: { default: "3", sensitive: false, type: "string" },
        task_track_started: { default: "True", sensitive: false, type: "string" },
        worker_concurrency: { default: "16", sensitive: false, type: "string" },
        worker_enable_remote_control: { default: "true", sensitive: false, type: "string" },
        worker_precheck: { default: "False", sensitive: false, type: "string" },
        worker_prefetch_multiplier: { default: "1", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    celery_kubernetes_executor: {
      options: {
        kubernetes_queue: { default: "kubernetes", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    "common.io": {
      options: {
        state_store_objectstorage_compression: {
          default: "",
          sensitive: false,
          type: "string",
          versionAdded: "1.8.0"
        },
        state_store_objectstorage_path: {
          default: "",
          sensitive: false,
          type: "string",
          versionAdded: "1.8.0"
        },
        state_store_objectstorage_threshold: {
          default: "0",
          sensitive: false,
          type: "integer",
          versionAdded: "1.8.0"
        },
        xcom_objectstorage_compression: {
          default: "",
          sensitive: false,
          type: "string",
          versionAdded: "1.3.0"
        },
        xcom_objectstorage_path: {
          default: "",
          sensitive: false,
          type: "string",
          versionAdded: "1.3.0"
        },
        xcom_objectstorage_threshold: {
          default: "-1",
          sensitive: false,
          type: "integer",
          versionAdded: "1.3.0"
        }
      },
      owner: "apache-airflow-providers-common-io"
    },
    core: {
      options: {
        allowed_deserialization_classes: { default: "airflow.*", sensitive: false, type: "string", versionAdded: "2.5.0" },
        allowed_deserialization_classes_regexp: { default: "", sensitive: false, type: "string", versionAdded: "2.8.2" },
        asset_manager_class: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        asset_manager_kwargs: { default: null, readAs: ["json"], sensitive: true, type: "string", versionAdded: "3.0.0" },
        auth_manager: { default: "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager", readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.7.0" },
        compress_serialized_dags: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.3.0" },
        daemon_umask: { default: "0o077", sensitive: false, type: "string", versionAdded: "2.3.4" },
        dag_discovery_safe_mode: { default: "True", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "1.10.3" },
        dag_ignore_file_syntax: { allowedValues: ["regexp", "glob"], default: "glob", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.3.0" },
        dag_run_conf_overrides_params: { default: "True", readAs: ["boolean"], sensitive: false, type: "string" },
        dagbag_import_error_traceback_depth: { default: "2", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" },
        dagbag_import_error_tracebacks: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        dagbag_import_timeout: { default: "30.0", readAs: ["float"], sensitive: false, type: "float" },
        dags_are_paused_at_creation: { default: "True", readAs: ["boolean"], sensitive: false, type: "string" },
        dags_folder: { default: "{AIRFLOW_HOME}/dags", defaultVariables: ["AIRFLOW_HOME"], sensitive: false, type: "string" },
        database_access_isolation: { default: "False", sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        default_impersonation: { default: "", sensitive: false, type: "string" },
        default_pool_task_slot_count: { default: "128", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.2.0" },
        default_task_execution_timeout: { default: "", readAs: ["timedelta"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        default_task_retries: { default: "0", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.6" },
        default_task_retry_delay: { default: "300", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.4.0" },
        default_task_weight_rule: { allowedValues: ["absolute", "downstream", "upstream"], default: "downstream", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.2.0" },
        default_timezone: { default: "utc", sensitive: false, type: "string" },
        donot_pickle: { default: "True", sensitive: false, type: "string" },
        execute_tasks_new_python_interpreter: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        execution_api_server_url: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        executor: { default: "LocalExecutor", readAs: ["list"], sensitive: false, type: "string" },
        fernet_key: { default: null, generated: true, sensitive: true, type: "string" },
        hide_sensitive_var_conn_fields: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.1.0" },
        hostname_callable: { default: "airflow.utils.net.getfqdn", readAs: ["import"], sensitive: false, type: "string" },
        internal_api_secret_key: { default: null, generated: true, sensitive: true, type: "string", versionAdded: "2.10.0" },
        internal_api_url: { default: null, sensitive: false, type: "string", versionAdded: "2.6.0" },
        killed_task_cleanup_time: { default: "60", readAs: ["integer"], sensitive: false, type: "integer" },
        lazy_discover_providers: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        lazy_load_plugins: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        load_examples: { default: "True", readAs: ["boolean"], sensitive: false, type: "string" },
        max_active_runs_per_dag: { default: "16", readAs: ["integer"], sensitive: false, type: "integer" },
        max_active_tasks_per_dag: { default: "16", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.2.0" },
        max_consecutive_failed_dag_runs_per_dag: { default: "0", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.9.0" },
        max_map_length: { default: "1024", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        max_num_rendered_ti_fields_per_task: { default: "30", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.10" },
        max_task_retry_delay: { default: "86400", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.6.0" },
        max_templated_field_length: { default: "4096", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.9.0" },
        might_contain_dag_callable: { default: "airflow.utils.file.might_contain_dag_via_default_heuristic", readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        min_serialized_dag_fetch_interval: { default: "10", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.12" },
        min_serialized_dag_update_interval: { default: "30", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.7" },
        mp_start_method: { allowedValues: ["fork", "spawn", "forkserver"], default: null, sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.0.0" },
        parallelism: { default: "32", readAs: ["integer"], sensitive: false, type: "integer" },
        plugins_folder: { default: "{AIRFLOW_HOME}/plugins", defaultVariables: ["AIRFLOW_HOME"], sensitive: false, type: "string" },
        security: { default: "", sensitive: false, type: "string" },
        sensitive_var_conn_names: { default: "", sensitive: false, type: "string", versionAdded: "2.1.0" },
        simple_auth_manager_all_admins: { default: "False", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        simple_auth_manager_passwords_file: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        simple_auth_manager_users: { default: "admin:admin", readAs: ["list"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        task_success_overtime: { default: "20", readAs: ["float"], sensitive: false, type: "integer", versionAdded: "2.10.0" },
        test_connection: { default: "Disabled", sensitive: false, type: "string", versionAdded: "2.7.0" },
        unit_test_mode: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" },
        xcom_backend: { default: "airflow.sdk.execution_time.xcom.BaseXCom", readAs: ["import"], sensitive: false, type: "string", versionAdded: "1.10.12" }
      },
      owner: "core"
    },
    dag_processor: {
      options: {
        bundle_refresh_check_interval: { default: "5", sensitive: false, type: "integer" },
        dag_bundle_config_list: { default: '[\n      {\n        "name": "dags-folder",\n        "classpath": "airflow.dag_processing.bundles.local.LocalDagBundle",\n        "kwargs": {}\n      }\n    ]\n', readAs: ["json"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        dag_bundle_storage_path: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        dag_file_processor_timeout: { default: "50", sensitive: false, type: "integer" },
        disable_bundle_versioning: { default: "False", sensitive: false, type: "boolean" },
        file_parsing_sort_mode: { allowedValues: ["modified_time", "random_seeded_by_host", "alphabetical"], default: "modified_time", sensitive: false, type: "string", validatedAtStartup: true },
        max_callbacks_per_loop: { default: "20", sensitive: false, type: "integer" },
        min_file_process_interval: { default: "30", sensitive: false, type: "integer" },
        parsing_pre_import_modules: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        parsing_processes: { default: "2", sensitive: false, type: "integer" },
        print_stats_interval: { default: "30", sensitive: false, type: "integer" },
        refresh_interval: { default: "300", readAs: ["integer"], sensitive: false, type: "integer" },
        stale_bundle_cleanup_age_threshold: { default: "21600", readAs: ["integer"], sensitive: false, type: "integer" },
        stale_bundle_cleanup_interval: { default: "1800", readAs: ["integer"], sensitive: false, type: "integer" },
        stale_bundle_cleanup_min_versions: { default: "10", readAs: ["integer"], sensitive: false, type: "integer" },
        stale_dag_threshold: { default: "50", sensitive: false, type: "integer" }
      },
      owner: "core"
    },
    database: {
      options: {
        alembic_ini_file_path: { default: "alembic.ini", sensitive: false, type: "string", versionAdded: "2.7.0" },
        check_migrations: { default: "True", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        external_db_managers: { default: null, sensitive: false, type: "string", versionAdded: "3.0.0" },
        max_db_retries: { default: "3", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        migration_batch_size: { default: "10000", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        sql_alchemy_conn: { default: "sqlite:///{AIRFLOW_HOME}/airflow.db", defaultVariables: ["AIRFLOW_HOME"], sensitive: true, type: "string", versionAdded: "2.3.0" },
        sql_alchemy_connect_args: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.3.0" },
        sql_alchemy_engine_args: { default: null, readAs: ["json"], sensitive: true, type: "string", versionAdded: "2.3.0" },
        sql_alchemy_max_overflow: { default: "10", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        sql_alchemy_pool_enabled: { default: "True", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "2.3.0" },
        sql_alchemy_pool_pre_ping: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.3.0" },
        sql_alchemy_pool_recycle: { default: "1800", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        sql_alchemy_pool_size: { default: "5", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.3.0" },
        sql_alchemy_schema: { default: "", sensitive: false, type: "string", versionAdded: "2.3.0" },
        sql_alchemy_session_maker: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.10.0" },
        sql_engine_collation_for_ids: { default: null, sensitive: false, type: "string", versionAdded: "2.3.0" },
        sql_engine_encoding: { default: "utf-8", sensitive: false, type: "string", versionAdded: "2.3.0" }
      },
      owner: "core"
    },
    elasticsearch: {
      options: {
        end_of_log_mark: { default: "end_of_log", sensitive: false, type: "string" },
        frontend: { default: "", sensitive: false, type: "string" },
        host: { default: "", sensitive: false, type: "string" },
        host_field: { default: "host", sensitive: false, type: "string" },
        index_patterns: { default: "_all", sensitive: false, type: "string" },
        json_fields: { default: "asctime, filename, lineno, levelname, message", sensitive: false, type: "string" },
        json_format: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" },
        log_id_template: { default: "{dag_id}-{task_id}-{run_id}-{map_index}-{try_number}", sensitive: false, type: "string" },
        offset_field: { default: "offset", sensitive: false, type: "string" },
        target_index: { default: "airflow-logs", sensitive: false, type: "string" },
        write_stdout: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" },
        write_to_es: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    elasticsearch_configs: {
      options: {
        use_ssl: { default: "False", sensitive: false, type: "string" },
        verify_certs: { default: "True", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    email: {
      options: {
        default_email_on_failure: { default: "True", sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        default_email_on_retry: { default: "True", sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        email_backend: { default: "airflow.utils.email.send_email_smtp", readAs: ["import"], sensitive: false, type: "string" },
        email_conn_id: { default: "smtp_default", sensitive: false, type: "string", versionAdded: "2.1.0" },
        from_email: { default: null, sensitive: false, type: "string", versionAdded: "2.2.4" },
        html_content_template: { default: null, sensitive: false, type: "string", versionAdded: "2.0.1" },
        ssl_context: { default: "default", sensitive: false, type: "string", versionAdded: "2.7.0" },
        subject_template: { default: null, sensitive: false, type: "string", versionAdded: "2.0.1" }
      },
      owner: "core"
    },
    execution_api: {
      options: {
        jwt_audience: { default: "urn:airflow.apache.org:task", readAs: ["list"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        jwt_expiration_time: { default: "600", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" }
      },
      owner: "core"
    },
    hive: {
      options: {
        default_hive_mapred_queue: { default: "", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    kerberos: {
      options: {
        ccache: { default: "/tmp/airflow_krb5_ccache", sensitive: false, type: "string" },
        forwardable: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.2.0" },
        include_ip: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.2.0" },
        keytab: { default: "airflow.keytab", sensitive: false, type: "string" },
        kinit_path: { default: "kinit", sensitive: false, type: "string" },
        principal: { default: "airflow", sensitive: false, type: "string" },
        reinit_frequency: { default: "3600", readAs: ["integer"], sensitive: false, type: "string" }
      },
      owner: "core"
    },
    kubernetes_executor: {
      options: {
        api_client_retry_configuration: { default: "", sensitive: false, type: "string" },
        delete_option_kwargs: { default: "", sensitive: false, type: "string" },
        delete_worker_pods: { default: "True", sensitive: false, type: "string" },
        delete_worker_pods_on_failure: { default: "False", sensitive: false, type: "string" },
        enable_tcp_keepalive: { default: "True", sensitive: false, type: "string" },
        in_cluster: { default: "True", sensitive: false, type: "string" },
        kube_client_request_args: { default: "", sensitive: false, type: "string" },
        logs_task_metadata: { default: "False", sensitive: false, type: "string" },
        multi_namespace_mode: { default: "False", sensitive: false, type: "string" },
        multi_namespace_mode_namespace_list: { default: "", sensitive: false, type: "string" },
        namespace: { default: "default", sensitive: false, type: "string" },
        pod_template_file: { default: "", sensitive: false, type: "string" },
        ssl_ca_cert: { default: "", sensitive: false, type: "string" },
        tcp_keep_cnt: { default: "6", sensitive: false, type: "string" },
        tcp_keep_idle: { default: "120", sensitive: false, type: "string" },
        tcp_keep_intvl: { default: "30", sensitive: false, type: "string" },
        verify_ssl: { default: "True", sensitive: false, type: "string" },
        worker_container_repository: { default: "", sensitive: false, type: "string" },
        worker_container_tag: { default: "", sensitive: false, type: "string" },
        worker_pods_creation_batch_size: { default: "1", sensitive: false, type: "string" },
        worker_pods_queued_check_interval: { default: "60", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    lineage: {
      options: {
        backend: { default: "", sensitive: false, type: "string" }
      },
      owner: "core"
    },
    local_kubernetes_executor: {
      options: {
        kubernetes_queue: { default: "kubernetes", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    logging: {
      options: {
        base_log_folder: { default: "{AIRFLOW_HOME}/logs", defaultVariables: ["AIRFLOW_HOME"], sensitive: false, type: "string", versionAdded: "2.0.0" },
        celery_logging_level: { allowedValues: ["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", ""], default: "", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.3.0" },
        celery_stdout_stderr_separation: { default: "False", sensitive: false, type: "boolean", versionAdded: "2.7.0" },
        color_log_error_keywords: { default: "error,exception", sensitive: false, type: "string", versionAdded: "2.10.0" },
        color_log_warning_keywords: { default: "warn", sensitive: false, type: "string", versionAdded: "2.10.0" },
        colored_console_log: { default: "True", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "2.0.0" },
        colored_formatter_class: { default: "airflow.utils.log.colored_log.CustomTTYColoredFormatter", sensitive: false, type: "string", versionAdded: "2.0.0" },
        colored_log_format: { default: "[%%(blue)s%%(asctime)s%%(reset)s] {%%(blue)s%%(filename)s:%%(reset)s%%(lineno)d} %%(log_color)s%%(levelname)s%%(reset)s - %%(log_color)s%%(message)s%%(reset)s", sensitive: false, type: "string", versionAdded: "2.0.0" },
        dag_processor_child_process_log_directory: { default: "{AIRFLOW_HOME}/logs/dag_processor", defaultVariables: ["AIRFLOW_HOME"], sensitive: false, type: "string" },
        dag_processor_log_format: { default: "[%%(asctime)s] [SOURCE:DAG_PROCESSOR] {%%(filename)s:%%(lineno)d} %%(levelname)s - %%(message)s", sensitive: false, type: "string", versionAdded: "2.4.0" },
        dag_processor_log_target: { default: "file", sensitive: false, type: "string", versionAdded: "2.4.0" },
        delete_local_logs: { default: "False", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        encrypt_s3_logs: { default: "False", sensitive: false, type: "string", versionAdded: "2.0.0" },
        extra_logger_names: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        fab_logging_level: { allowedValues: ["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG"], default: "WARNING", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.0.0" },
        file_task_handler_new_file_permissions: { default: "0o664", sensitive: false, type: "string", versionAdded: "2.6.0" },
        file_task_handler_new_folder_permissions: { default: "0o775", sensitive: false, type: "string", versionAdded: "2.6.0" },
        google_key_path: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        interleave_timestamp_parser: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        log_filename_template: { default: "dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/{%% if ti.map_index >= 0 %%}map_index={{ ti.map_index }}/{%% endif %%}attempt={{ try_number|default(ti.try_number) }}.log", sensitive: false, type: "string", versionAdded: "2.0.0" },
        log_format: { default: "[%%(asctime)s] {%%(filename)s:%%(lineno)d} %%(levelname)s - %%(message)s", sensitive: false, type: "string", versionAdded: "2.0.0" },
        log_formatter_class: { default: "airflow.utils.log.timezone_aware.TimezoneAware", sensitive: false, type: "string", versionAdded: "2.3.4" },
        logging_config_class: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        logging_level: { allowedValues: ["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG"], default: "INFO", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.0.0" },
        min_length_masked_secret: { default: "5", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        remote_base_log_folder: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        remote_log_conn_id: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        remote_logging: { default: "False", readAs: ["boolean"], sensitive: false, type: "string", versionAdded: "2.0.0" },
        remote_task_handler_kwargs: { default: "", readAs: ["json"], sensitive: true, type: "string", versionAdded: "2.6.0" },
        secret_mask_adapter: { default: "", readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        simple_log_format: { default: "%%(asctime)s %%(levelname)s - %%(message)s", sensitive: false, type: "string", versionAdded: "2.0.0" },
        task_log_prefix_template: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        task_log_reader: { default: "task", sensitive: false, type: "string", versionAdded: "2.0.0" },
        trigger_log_server_port: { default: "8794", readAs: ["integer"], sensitive: false, type: "string", versionAdded: "2.6.0" },
        worker_log_server_port: { default: "8793", readAs: ["integer"], sensitive: false, type: "string", versionAdded: "2.2.0" }
      },
      owner: "core"
    },
    metrics: {
      options: {
        metrics_allow_list: { default: "", sensitive: false, type: "string", versionAdded: "2.6.0" },
        metrics_block_list: { default: "", sensitive: false, type: "string", versionAdded: "2.6.0" },
        otel_debugging_on: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.7.0" },
        otel_host: { default: "localhost", sensitive: false, type: "string", versionAdded: "2.6.0" },
        otel_interval_milliseconds: { default: "60000", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.6.0" },
        otel_on: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        otel_port: { default: "8889", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.6.0" },
        otel_prefix: { default: "airflow", sensitive: false, type: "string", versionAdded: "2.6.0" },
        otel_service: { default: "Airflow", sensitive: false, type: "string", versionAdded: "2.10.3" },
        otel_ssl_active: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.7.0" },
        stat_name_handler: { default: "", readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.0.0" },
        statsd_custom_client_path: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.0.0" },
        statsd_datadog_enabled: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        statsd_datadog_metrics_tags: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        statsd_datadog_tags: { default: "", sensitive: false, type: "string", versionAdded: "2.0.0" },
        statsd_disabled_tags: { default: "job_id,run_id", sensitive: false, type: "string", versionAdded: "2.6.0" },
        statsd_host: { default: "localhost", sensitive: false, type: "string", versionAdded: "2.0.0" },
        statsd_influxdb_enabled: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.6.0" },
        statsd_ipv6: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "3.0.0" },
        statsd_on: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" },
        statsd_port: { default: "8125", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" },
        statsd_prefix: { default: "airflow", sensitive: false, type: "string", versionAdded: "2.0.0" }
      },
      owner: "core"
    },
    opensearch: {
      options: {
        end_of_log_mark: { default: "end_of_log", sensitive: false, type: "string" },
        host: { default: "", sensitive: false, type: "string" },
        host_field: { default: "host", sensitive: false, type: "string" },
        index_patterns: { default: "_all", sensitive: false, type: "string" },
        index_patterns_callable: { default: "", sensitive: false, type: "string" },
        json_fields: { default: "asctime, filename, lineno, levelname, message", sensitive: false, type: "string" },
        json_format: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" },
        log_id_template: { default: "{dag_id}-{task_id}-{run_id}-{map_index}-{try_number}", sensitive: false, type: "string" },
        offset_field: { default: "offset", sensitive: false, type: "string" },
        password: { default: "", sensitive: false, type: "string" },
        port: { default: "", sensitive: false, type: "string" },
        username: { default: "", sensitive: false, type: "string" },
        write_stdout: { default: "False", readAs: ["boolean"], sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    opensearch_configs: {
      options: {
        ca_certs: { default: "", sensitive: false, type: "string" },
        http_compress: { default: "False", sensitive: false, type: "string" },
        ssl_assert_hostname: { default: "False", sensitive: false, type: "string" },
        ssl_show_warn: { default: "False", sensitive: false, type: "string" },
        use_ssl: { default: "False", sensitive: false, type: "string" },
        verify_certs: { default: "False", sensitive: false, type: "string" }
      },
      owner: "core:provider-fallback-defaults"
    },
    operators: {
      options: {
        default_cpus: { default: "1", readAs: ["integer"], sensitive: false, type: "string" },
        default_deferrable: { default: "false", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.7.0" },
        default_disk: { default: "512", readAs: ["integer"], sensitive: false, type: "string" },
        default_gpus: { default: "0", readAs: ["integer"], sensitive: false, type: "string" },
        default_owner: { default: "airflow", sensitive: false, type: "string" },
        default_queue: { default: "default", sensitive: false, type: "string", versionAdded: "2.1.0" },
        default_ram: { default: "512", readAs: ["integer"], sensitive: false, type: "string" }
      },
      owner: "core"
    },
    postgres: {
      options: {
        azure_oauth_scope: { default: "https://ossrdbms-aad.database.windows.net/.default", sensitive: false, type: "string", versionAdded: "6.4.0" }
      },
      owner: "apache-airflow-providers-postgres"
    },
    scheduler: {
      options: {
        allowed_run_id_pattern: { default: "^[A-Za-z0-9_.~:+-]+$", sensitive: false, type: "string", versionAdded: "2.6.3" },
        catchup_by_default: { default: "False", sensitive: false, type: "boolean" },
        create_cron_data_intervals: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.9.0" },
        create_delta_data_intervals: { default: "False", sensitive: false, type: "boolean", versionAdded: "2.11.0" },
        dag_stale_not_seen_duration: { default: "600", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.4.0" },
        enable_health_check: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.4.0" },
        enable_tracemalloc: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "3.0.0" },
        ignore_first_depends_on_past_by_default: { default: "True", sensitive: false, type: "boolean", versionAdded: "2.3.0" },
        job_heartbeat_sec: { default: "5", readAs: ["float"], sensitive: false, type: "float" },
        max_dagruns_per_loop_to_schedule: { default: "20", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" },
        max_dagruns_to_create_per_loop: { default: "10", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" },
        max_tis_per_query: { default: "16", readAs: ["integer"], sensitive: false, type: "integer" },
        num_runs: { default: "-1", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.6" },
        orphaned_tasks_check_interval: { default: "300.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.0.0" },
        parsing_cleanup_interval: { default: "60", readAs: ["float"], sensitive: false, type: "integer", versionAdded: "2.5.0" },
        pool_metrics_interval: { default: "5.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.0.0" },
        running_metrics_interval: { default: "30.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "3.0.0" },
        scheduler_health_check_server_host: { default: "0.0.0.0", sensitive: false, type: "string", versionAdded: "2.8.0" },
        scheduler_health_check_server_port: { default: "8974", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.4.0" },
        scheduler_health_check_threshold: { default: "30", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "1.10.2" },
        scheduler_heartbeat_sec: { default: "5", readAs: ["float"], sensitive: false, type: "integer" },
        scheduler_idle_sleep_time: { default: "1", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.2.0" },
        task_instance_heartbeat_sec: { default: "0", sensitive: false, type: "integer", versionAdded: "2.7.0" },
        task_instance_heartbeat_timeout: { default: "300", readAs: ["integer"], sensitive: false, type: "integer" },
        task_instance_heartbeat_timeout_detection_interval: { default: "10.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.3.0" },
        task_queued_timeout: { default: "600.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.6.0" },
        task_queued_timeout_check_interval: { default: "120.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.6.0" },
        trigger_timeout_check_interval: { default: "15", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.2.0" },
        use_job_schedule: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "1.10.2" },
        use_row_level_locking: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" }
      },
      owner: "core"
    },
    secrets: {
      options: {
        backend: { default: "", readAs: ["import"], sensitive: false, type: "string", versionAdded: "1.10.10" },
        backend_kwargs: { default: "", readAs: ["json"], sensitive: true, type: "string", versionAdded: "1.10.10" },
        cache_ttl_seconds: { default: "900", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.7.0" },
        use_cache: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.7.0" }
      },
      owner: "core"
    },
    sensors: {
      options: {
        default_timeout: { default: "604800", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.3.0" }
      },
      owner: "core"
    },
    sentry: {
      options: {
        before_send: { default: null, readAs: ["import"], sensitive: false, type: "string", versionAdded: "2.2.0" },
        sentry_dsn: { default: "", sensitive: true, type: "string", versionAdded: "1.10.6" },
        sentry_on: { default: "false", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.0.0" }
      },
      owner: "core"
    },
    smtp: {
      options: {
        smtp_host: { default: "localhost", sensitive: false, type: "string" },
        smtp_mail_from: { default: "airflow@example.com", sensitive: false, type: "string" },
        smtp_port: { default: "25", readAs: ["integer"], sensitive: false, type: "integer" },
        smtp_retry_limit: { default: "5", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" },
        smtp_ssl: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean" },
        smtp_starttls: { default: "True", readAs: ["boolean"], sensitive: false, type: "boolean" },
        smtp_timeout: { default: "30", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.0.0" }
      },
      owner: "core"
    },
    standard: {
      options: {
        venv_install_method: { default: "auto", sensitive: false, type: "string" }
      },
      owner: "apache-airflow-providers-standard"
    },
    traces: {
      options: {
        otel_debugging_on: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.10.0" },
        otel_host: { default: "localhost", sensitive: false, type: "string", versionAdded: "2.10.0" },
        otel_on: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.10.0" },
        otel_port: { default: "8889", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.10.0" },
        otel_service: { default: "Airflow", sensitive: false, type: "string", versionAdded: "2.10.0" },
        otel_ssl_active: { default: "False", readAs: ["boolean"], sensitive: false, type: "boolean", versionAdded: "2.10.0" }
      },
      owner: "core"
    },
    triggerer: {
      options: {
        capacity: { default: "1000", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "2.2.0" },
        job_heartbeat_sec: { default: "5", readAs: ["float"], sensitive: false, type: "float", versionAdded: "2.6.3" },
        triggerer_health_check_threshold: { default: "30", readAs: ["float", "integer"], sensitive: false, type: "float", versionAdded: "2.7.0" }
      },
      owner: "core"
    },
    webserver: {
      options: {
        audit_view_excluded_events: { default: null, sensitive: false, type: "string", versionAdded: "2.3.0" },
        audit_view_included_events: { default: null, sensitive: false, type: "string", versionAdded: "2.3.0" },
        auto_refresh_interval: { default: "3", sensitive: false, type: "integer", versionAdded: "2.2.0" },
        default_wrap: { default: "False", sensitive: false, type: "boolean", versionAdded: "1.10.4" },
        grid_view_sorting_order: { allowedValues: ["topological", "hierarchical_alphabetical"], default: "topological", sensitive: false, type: "string", validatedAtStartup: true, versionAdded: "2.7.0" },
        hide_paused_dags_by_default: { default: "False", sensitive: false, type: "boolean" },
        instance_name: { default: null, sensitive: false, type: "string", versionAdded: "2.1.0" },
        instance_name_has_markup: { default: "False", sensitive: false, type: "boolean", versionAdded: "2.3.0" },
        log_fetch_timeout_sec: { default: "5", readAs: ["integer"], sensitive: false, type: "string" },
        page_size: { default: "50", sensitive: false, type: "integer" },
        require_confirmation_dag_change: { default: "False", sensitive: false, type: "boolean", versionAdded: "2.9.0" },
        warn_deployment_exposure: { default: "True", sensitive: false, type: "boolean", versionAdded: "2.3.0" }
      },
      owner: "core"
    },
    workers: {
      options: {
        execution_api_retries: { default: "5", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        execution_api_retry_wait_max: { default: "90.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "3.0.0" },
        execution_api_retry_wait_min: { default: "1.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "3.0.0" },
        max_failed_heartbeats: { default: "3", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        min_heartbeat_interval: { default: "5", readAs: ["integer"], sensitive: false, type: "integer", versionAdded: "3.0.0" },
        secrets_backend: { default: "", readAs: ["import"], sensitive: false, type: "string", versionAdded: "3.0.0" },
        secrets_backend_kwargs: { default: "", readAs: ["json"], sensitive: true, type: "string", versionAdded: "3.0.0" },
        socket_cleanup_timeout: { default: "60.0", readAs: ["float"], sensitive: false, type: "float", versionAdded: "3.0.3" }
      },
      owner: "core"
    }
  },
  sectionsReadWhole: [
    "celery_broker_transport_options",
    "sentry"
  ]
};
export {
  airflow_3_0_6_default as default
};
