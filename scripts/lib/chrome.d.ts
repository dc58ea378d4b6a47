// The slice of the `chrome` namespace that the demo and browser tests call inside the extension's service worker.
declare namespace chrome.tabs {
  interface Tab {
    id?: number;
    url?: string;
  }
  function query(query: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<Tab[]>;
  function sendMessage(tabId: number, message: unknown): Promise<unknown>;
  function get(tabId: number): Promise<Tab>;
}
declare namespace chrome.contextMenus {
  function update(id: string, properties: Record<string, unknown>): Promise<void>;
}
declare namespace chrome.commands {
  interface Command {
    name?: string;
    shortcut?: string;
  }
  function getAll(): Promise<Command[]>;
}
declare namespace chrome.runtime {
  interface Manifest {
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { matches?: string[] }[];
    commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  }
  function getManifest(): Manifest;
  function sendMessage(message: unknown): Promise<unknown>;
  function reload(): void;
}
declare namespace chrome.action {
  function getBadgeText(details: { tabId: number }): Promise<string>;
}
declare namespace chrome.storage.local {
  function get(key: string): Promise<Record<string, unknown>>;
  function set(items: Record<string, unknown>): Promise<void>;
}
