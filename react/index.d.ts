// Public declarations of `copilot-package`.
export {
  loadCore,
  CopilotError,
  ERROR_CODES,
  createEnterpriseConfig,
  validatePhase5Config,
  migrateToPhase5,
} from 'copilot-package/core';
export type * from 'copilot-package/core';

import type { ReactNode, ReactElement } from 'react';
import type {
  AICopilotConfig,
  ChatGuard,
  ChatState,
  ConfigIssue,
  CopilotError,
  CopilotSession,
  DashboardSnapshot,
  MemoryScope,
  MemoryScopeHandle,
  ModelAdapter,
  SecurityConfiguration,
  SecurityHookResult,
  SecurityPolicyHandle,
} from 'copilot-package/core';

/** Who is using the copilot: decides which memory a store may see. */
export interface CopilotIdentity {
  organizationId: string;
  userId: string;
  sessionId?: string;
  deviceId?: string;
}

/**
 * How the provider unlocks the identity's keys: a passphrase (Argon2id), a 32-byte master key
 * or a WebCrypto key-encryption key, plus the organization's (install's) provisioning key.
 */
export type CopilotUnlock = (
  | { passphrase: string | Uint8Array; argon2?: { opsLimit?: number; memLimitKiB?: number } }
  | { masterKey: Uint8Array }
  | { kek: CryptoKey }
) & { organizationKey?: Uint8Array; installKey?: Uint8Array };

export type CopilotProviderProblem =
  | { kind: 'config'; errors: ConfigIssue[] }
  /** The passphrase or key does not open the identity's memory (WRONG_KEY). */
  | { kind: 'unlock'; error: CopilotError }
  | { kind: 'load'; error: CopilotError | Error };

export interface CopilotProviderProps {
  /** Create it outside render (or memoise it): a new object restarts the provider. */
  config: AICopilotConfig;
  identity?: CopilotIdentity | null;
  unlock?: CopilotUnlock | null;
  /** The IndexedDB to keep memory in (default globalThis.indexedDB), or 'memory'. */
  indexedDB?: IDBFactory | 'memory';
  /** The IDBKeyRange that goes with `indexedDB`. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Shown while the session opens. */
  fallback?: ReactNode;
  /** Replaces the default error state (invalid config, core that failed to load). */
  renderError?: (problem: CopilotProviderProblem) => ReactNode;
  children?: ReactNode;
}

export declare function CopilotProvider(props: CopilotProviderProps): ReactElement | null;

export type CopilotContextValue = Omit<CopilotSession, 'close'>;

/** The ready provider's state; throws INVALID_ARGUMENT outside a ready <CopilotProvider>. */
export declare function useCopilotContext(): CopilotContextValue;

export interface EnterpriseDashboardProps {
  config?: AICopilotConfig;
  /** Where the numbers come from. */
  collect?: () => Partial<DashboardSnapshot> | Promise<Partial<DashboardSnapshot>>;
  /** Seconds between refreshes. Default 30. */
  refreshInterval?: number;
  theme?: 'light' | 'dark';
  className?: string;
}

export declare function EnterpriseDashboard(props: EnterpriseDashboardProps): ReactElement;
export declare function CustomDashboard(props: Omit<EnterpriseDashboardProps, 'config'> & { children?: ReactNode }): ReactElement;
export declare function SecurityWidget(): ReactElement;
export declare function PerformanceWidget(): ReactElement;
export declare function MemoryWidget(): ReactElement;
export declare function ComplianceWidget(): ReactElement;
export declare function AlertsWidget(): ReactElement;
export declare function AuditWidget(): ReactElement;

export interface CopilotChatOptions {
  firstMessage?: string;
  systemPrompt?: string;
  modelProvider?: 'anthropic' | 'local';
  model?: string;
  /** The anthropic provider's endpoint: your Messages API proxy. */
  endpoint?: string;
  headers?: Record<string, string>;
  /** Defaults to the CopilotProvider's guard. */
  guard?: ChatGuard;
  adapter?: ModelAdapter;
}

export interface CopilotChatResult extends ChatState {
  ready: boolean;
  error: Error | null;
  send(text: string): Promise<ChatState>;
  confirm(messageId: string): Promise<ChatState>;
  dismiss(messageId: string): void;
  retry(messageId: string): Promise<ChatState>;
  cancel(): void;
}

export declare function useCopilotChat(options?: CopilotChatOptions): CopilotChatResult;

export declare function CopilotChat(
  props: CopilotChatOptions & { className?: string; showModelView?: boolean; theme?: 'light' | 'dark' },
): ReactElement;

export interface MemoryScopeHookConfig {
  defaultScope?: MemoryScope;
  enabledScopes?: MemoryScope[];
  scopes?: { enabled?: MemoryScope[]; default?: MemoryScope };
  [setting: string]: unknown;
}

/** The seed's MemoryScopeHookResult over the provider's memory (identity and key from CopilotProvider). */
export type MemoryScopeHookResult = Omit<MemoryScopeHandle, 'close'>;
export declare function useMemoryScope(config?: MemoryScopeHookConfig): MemoryScopeHookResult;

export interface SecurityPolicyHookResult extends SecurityHookResult {
  subscribe: SecurityPolicyHandle['subscribe'];
  exportSecurityReport: SecurityPolicyHandle['exportSecurityReport'];
  /** Null until a component-owned policy has opened. */
  readonly audit: SecurityPolicyHandle['audit'] | null;
  readonly ready: boolean;
}

/** Without a config: the provider's policy. With one: this component's own, closed on unmount. */
export declare function useSecurityPolicy(config?: SecurityConfiguration): SecurityPolicyHookResult;
