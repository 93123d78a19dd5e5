/** Opens every commit record; chosen because git never writes it at the start of a diff record. */
export const COMMIT_MARKER = '\u001eCOMMIT';

/**
 * The `--format` of the log: the marker, then full sha, parents, author name and email (after
 * `.mailmap`), author and committer times (seconds since the epoch) and the raw message, separated by
 * NUL bytes, which a path or a message cannot contain (with `-z`, git ends each record with NUL too).
 */
export const GIT_LOG_FORMAT = '%x1eCOMMIT%x00%H%x00%P%x00%aN%x00%aE%x00%at%x00%ct%x00%B';

/** How many NUL-separated fields follow the marker, the message last. */
export const GIT_LOG_FIELD_COUNT = 7;
