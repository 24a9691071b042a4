export const CHAT_CSS = `
.cp-chat { --cp-bg: #ffffff; --cp-text: #1c2330; --cp-muted: #525c6b; --cp-border: #d5dae1; --cp-user: #e8f0fb; --cp-bad: #b3261e; --cp-warn: #8a5a00; --cp-focus: #0b61d8;
  background: var(--cp-bg); color: var(--cp-text); font: 14px/1.45 system-ui, sans-serif; border: 1px solid var(--cp-border); border-radius: 8px; padding: 12px; display: grid; gap: 12px; }
.cp-chat[data-theme='dark'] { --cp-bg: #1a2029; --cp-text: #e8ecf2; --cp-muted: #a9b3c1; --cp-border: #323b48; --cp-user: #223149; --cp-bad: #ff8a80; --cp-warn: #f0c05a; --cp-focus: #8ab4f8; }
.cp-chat-log { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; max-height: 60vh; overflow-y: auto; }
.cp-msg { padding: 8px 10px; border-radius: 8px; border: 1px solid var(--cp-border); max-width: 90%; }
.cp-msg[data-role='user'] { background: var(--cp-user); justify-self: end; }
.cp-msg[data-status='blocked'] { border-color: var(--cp-bad); }
.cp-msg[data-status='needs-confirmation'] { border-color: var(--cp-warn); }
.cp-msg-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.cp-msg-status { color: var(--cp-muted); font-size: 12px; margin-top: 4px; }
.cp-msg-reasons { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
.cp-msg-error, .cp-chat-error { color: var(--cp-bad); font-size: 13px; margin-top: 4px; }
.cp-msg-actions { display: flex; gap: 6px; margin-top: 6px; }
.cp-chat-form { display: flex; gap: 8px; align-items: flex-end; }
.cp-chat textarea { flex: 1; font: inherit; color: var(--cp-text); background: transparent; border: 1px solid var(--cp-border); border-radius: 6px; padding: 6px 8px; resize: vertical; }
.cp-chat button { font: inherit; color: var(--cp-text); background: transparent; border: 1px solid var(--cp-border); border-radius: 6px; padding: 4px 12px; cursor: pointer; }
.cp-chat button:disabled { opacity: 0.5; cursor: default; }
.cp-chat :focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
.cp-model-view pre { font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 240px; overflow: auto; }
.cp-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
