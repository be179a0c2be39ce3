import { configparserError } from './apf001-configparser-error.js';
import { interpolationError } from './apf002-interpolation-error.js';
import { inlineComment } from './apf003-inline-comment.js';
import { indentedOption } from './apf004-indented-option.js';
import { resolvedAtRunTime } from './apf005-resolved-at-run-time.js';
import { interpolationTooLarge } from './apf020-interpolation-too-large.js';
import { yamlTooCostly } from './apf021-yaml-too-costly.js';
import { executorUnloadable } from './apf101-executor-unloadable.js';
import { executorNoParallelism } from './apf102-executor-no-parallelism.js';
import { executorProviderMissing } from './apf103-executor-provider-missing.js';
import { sqliteMetastore } from './apf110-sqlite-metastore.js';
import { postgresScheme } from './apf111-postgres-scheme.js';
import { sqliteRelativePath } from './apf112-sqlite-relative-path.js';
import { metastoreDialectUnsupported } from './apf113-metastore-dialect-unsupported.js';
import { metastoreUrlIncomplete } from './apf114-metastore-url-incomplete.js';
import { metastorePasswordInFile } from './apf115-metastore-password-in-file.js';
import { urlPasswordUnescaped } from './apf116-url-password-unescaped.js';
import { fernetKeyEmpty } from './apf120-fernet-key-empty.js';
import { fernetKeyInvalid } from './apf121-fernet-key-invalid.js';
import { secretInFile } from './apf122-secret-in-file.js';
import { secretKeyWeak } from './apf123-secret-key-weak.js';
import { loadExamples } from './apf130-load-examples.js';
import { exposeConfig } from './apf131-expose-config.js';
import { testConnection } from './apf132-test-connection.js';
import { xcomPickling } from './apf133-xcom-pickling.js';
import { sensitiveFieldsVisible } from './apf134-sensitive-fields-visible.js';
import { cookieNotSecure } from './apf135-cookie-not-secure.js';
import { apiAnonymousAccess } from './apf136-api-anonymous-access.js';
import { parallelismInvalid } from './apf140-parallelism-invalid.js';
import { dagTasksAboveParallelism } from './apf141-dag-tasks-above-parallelism.js';
import { poolExhaustsConnections } from './apf142-pool-exhausts-connections.js';
import { connectionsExceedMax } from './apf143-connections-exceed-max.js';
import { executionApiLocal } from './apf150-execution-api-local.js';
import { baseUrlInvalid } from './apf151-base-url-invalid.js';
import { celeryResultBackendUrl } from './apf160-celery-result-backend-url.js';
import { celeryBrokerLocal } from './apf161-celery-broker-local.js';
import { celeryVisibilityTimeout } from './apf162-celery-visibility-timeout.js';
import { remoteLoggingIncomplete } from './apf170-remote-logging-incomplete.js';
import { optionMoved } from './apf201-option-moved.js';
import { optionNotRead } from './apf202-option-not-read.js';
import { movedOptionConflict } from './apf203-moved-option-conflict.js';
import { optionRemoved } from './apf204-option-removed.js';
import { defaultChanged } from './apf205-default-changed.js';
import { unknownOption } from './apf206-unknown-option.js';
import { unknownSection } from './apf207-unknown-section.js';
import { invalidValue } from './apf208-invalid-value.js';
import { restatesDefaults } from './apf209-restates-defaults.js';
import { optionNameNotLowerCase } from './apf210-option-name-not-lower-case.js';
import { sourceUnreadable } from './apf301-source-unreadable.js';
import { ignoredVariable } from './apf302-ignored-variable.js';
import { overrideConflict } from './apf303-override-conflict.js';
import { sharedValueMismatch } from './apf304-shared-value-mismatch.js';
import { valueAndCommand } from './apf305-value-and-command.js';
import { dbCommand } from './apf306-db-command.js';
import { concurrentMigrations } from './apf307-concurrent-migrations.js';
import { weakSubstitution } from './apf308-weak-substitution.js';
import { missingComponents } from './apf309-missing-components.js';
import { healthCheckDisabled } from './apf310-health-check-disabled.js';
import { defaultAdminPassword } from './apf311-default-admin-password.js';
import { SUPPRESSION_RULES } from '../suppress/rules.js';
import type { Rule, RuleMeta } from './types.js';

/** Every rule, in id order. Adding a rule is adding its module here, its doc and its test. */
export const RULES: readonly Rule[] = [
  configparserError,
  interpolationError,
  inlineComment,
  indentedOption,
  resolvedAtRunTime,
  interpolationTooLarge,
  yamlTooCostly,
  executorUnloadable,
  executorNoParallelism,
  executorProviderMissing,
  sqliteMetastore,
  postgresScheme,
  sqliteRelativePath,
  metastoreDialectUnsupported,
  metastoreUrlIncomplete,
  metastorePasswordInFile,
  urlPasswordUnescaped,
  fernetKeyEmpty,
  fernetKeyInvalid,
  secretInFile,
  secretKeyWeak,
  loadExamples,
  exposeConfig,
  testConnection,
  xcomPickling,
  sensitiveFieldsVisible,
  cookieNotSecure,
  apiAnonymousAccess,
  parallelismInvalid,
  dagTasksAboveParallelism,
  poolExhaustsConnections,
  connectionsExceedMax,
  executionApiLocal,
  baseUrlInvalid,
  celeryResultBackendUrl,
  celeryBrokerLocal,
  celeryVisibilityTimeout,
  remoteLoggingIncomplete,
  optionMoved,
  optionNotRead,
  movedOptionConflict,
  optionRemoved,
  defaultChanged,
  unknownOption,
  unknownSection,
  invalidValue,
  restatesDefaults,
  optionNameNotLowerCase,
  sourceUnreadable,
  ignoredVariable,
  overrideConflict,
  sharedValueMismatch,
  valueAndCommand,
  dbCommand,
  concurrentMigrations,
  weakSubstitution,
  missingComponents,
  healthCheckDisabled,
  defaultAdminPassword,
];

/** Every rule id users can meet: the checks above and the rules about suppression comments. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];
