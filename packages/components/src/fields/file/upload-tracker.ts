import { createContext, useCallback, useContext, useState } from 'react';

/**
 * The uploads of one form still on their way. A form that saved while one
 * was in flight would send the field's old value (or none), then unmount and
 * abort the upload, while the person believes the new file went in: the form
 * waits for them instead.
 */
export interface UploadTracker {
  /**
   * A file field's upload, from start to end; `upload` resolves with whether
   * the field ended with the file it was given (an upload replaced by a newer
   * choice counts as done: the newer one is tracked too).
   */
  track: (inputId: string, upload: Promise<boolean>) => void;
  inFlight: () => boolean;
  /**
   * Resolves once nothing is in flight, with the ids of the inputs whose
   * upload failed meanwhile (in the order they failed).
   */
  settled: () => Promise<string[]>;
}

export function createUploadTracker(): UploadTracker {
  const pending = new Set<Promise<boolean>>();
  const failed: string[] = [];
  let waiters = 0;
  return {
    track(inputId, upload) {
      pending.add(upload);
      void upload.then((done) => {
        pending.delete(upload);
        // Only what failed while someone waits matters: an earlier failure is already shown.
        if (waiters > 0 && !done && !failed.includes(inputId)) failed.push(inputId);
        if (waiters > 0 && done && failed.includes(inputId)) failed.splice(failed.indexOf(inputId), 1);
      });
    },
    inFlight: () => pending.size > 0,
    async settled() {
      waiters += 1;
      try {
        while (pending.size > 0) await Promise.all(pending);
        return [...failed];
      } finally {
        waiters -= 1;
        if (waiters === 0) failed.length = 0;
      }
    },
  };
}

/** The tracker of the form a file field is in; none outside a form of the components. */
export const UploadTrackerContext = createContext<UploadTracker | null>(null);

export function useUploadTracker(): UploadTracker | null {
  return useContext(UploadTrackerContext);
}

export interface UploadsBeforeSave {
  tracker: UploadTracker;
  /** Whether the form waits for an upload before it saves: say so, and take no second submit. */
  waiting: boolean;
  /** Waits for the uploads in flight; resolves with the ids of the inputs whose upload failed. */
  waitForUploads: () => Promise<string[]>;
}

/** For a form that saves: its upload tracker, and a wait for its uploads before a save. */
export function useUploadsBeforeSave(): UploadsBeforeSave {
  const [tracker] = useState(createUploadTracker);
  const [waiting, setWaiting] = useState(false);
  const waitForUploads = useCallback(async () => {
    if (!tracker.inFlight()) return [];
    setWaiting(true);
    try {
      return await tracker.settled();
    } finally {
      setWaiting(false);
    }
  }, [tracker]);
  return { tracker, waiting, waitForUploads };
}
