package dev.cardwright.hub;

import java.io.IOException;

/** The Hub (or the way to it) refused or failed; the message says what happened and what to do, in one line. */
public final class HubException extends IOException {
    private final int status;

    public HubException(int status, String message) {
        super(message);
        this.status = status;
    }

    public HubException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** Whether the remote changed under the commit (the parent commit is no longer the head). */
    public boolean isConflict() {
        return status == 412;
    }
}
