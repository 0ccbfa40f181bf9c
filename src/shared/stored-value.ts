/**
 * One value kept in extension storage (local, never synced) under one key, read through its
 * parser so that anything unreadable becomes the parser's fallback instead of an error.
 */
import type browser from 'webextension-polyfill';
import { extensionApi } from './extension-api';

export type StoredValue<T> = {
  load(): Promise<T>;
  save(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value whenever any part of the extension changes it; returns the unsubscribe function. */
  onChanged(callback: (value: T) => void): () => void;
};

/** `parse` turns anything stored (or undefined) into a value; `what` names it in the warning, which never holds the value. */
export function storedValue<T>(key: string, parse: (raw: unknown) => T, what: string): StoredValue<T> {
  return {
    async load() {
      try {
        return parse((await extensionApi.storage.local.get(key))[key]);
      } catch {
        console.warn(`Evidence Lens: could not read the ${what}; using the defaults.`);
        return parse(undefined);
      }
    },
    save: (value) => extensionApi.storage.local.set({ [key]: value }),
    remove: () => extensionApi.storage.local.remove(key),
    onChanged(callback) {
      const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
        if (area === 'local' && key in changes) callback(parse(changes[key]!.newValue));
      };
      extensionApi.storage.onChanged.addListener(listener);
      return () => extensionApi.storage.onChanged.removeListener(listener);
    },
  };
}
