import { resolve } from 'node:path';
import { createGitCollector, type GitRepositoryOptions } from '@triagekit/collectors-git';
import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

const count = z.number().int().positive();
const patterns = z.array(z.string().min(1)).min(1);
const services = z.record(z.string().min(1), z.string().min(1));

const repositorySchema = z
  .object({
    /** The clone's top directory or a bare repository, relative to the config file. */
    path: z.string().min(1),
    id: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    /** Branch, tag or commit whose history is read; default `HEAD`. */
    ref: z.string().min(1).optional(),
    paths: patterns.optional(),
    services: services.optional(),
    /** Commit page template, e.g. `https://github.com/acme/infra/commit/{sha}`. */
    webUrl: z.string().min(1).optional(),
    /** `git fetch` before reading: the one write, to the local clone only. Default false. */
    fetch: z.boolean().optional(),
    remote: z.string().min(1).optional(),
  })
  .strict();

/** Fields of a one-repository entry that belong to that repository. */
const shorthandFields = ['ref', 'webUrl', 'fetch', 'remote'] as const;

function describeShape(entry: { path?: string; repositories?: unknown[] }): InputIssue[] {
  if (entry.path !== undefined && entry.repositories !== undefined) {
    return [{ path: 'path', message: 'use either path (one repository) or repositories, not both' }];
  }
  if (entry.path === undefined && entry.repositories === undefined) {
    return [{ path: 'path', message: 'name the clone to read: path, or repositories: [{"path": ...}]' }];
  }
  if (entry.repositories === undefined) return [];
  return shorthandFields
    .filter((field) => (entry as Record<string, unknown>)[field] !== undefined)
    .map((field) => ({
      path: field,
      message: `belongs inside each of repositories[] when repositories is used`,
    }));
}

/** The collector's option path → the entry's field path, for error messages. */
function toEntryPath(optionPath: string, shorthand: boolean): string {
  if (optionPath === 'collectorId') return 'id';
  return shorthand ? optionPath.replace(/^repositories\[0\]\./, '') : optionPath;
}

/**
 * `{"type": "git", "path": "../infra"}` or `{"type": "git", "repositories": [{"path": "../infra", "ref":
 * "origin/main"}]}`: commits in the window under deployment and infrastructure paths, read-only (unless
 * `fetch` is set). Repository paths are relative to the config file.
 */
export const gitCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** Git commits touching k8s/, terraform/, helm/ and IaC files, mapped to services. */
      type: z.literal('git'),
      id: z.string().min(1).optional(),
      /** One repository: its directory, relative to the config file (or use repositories). */
      path: z.string().min(1).optional(),
      ref: z.string().min(1).optional(),
      webUrl: z.string().min(1).optional(),
      fetch: z.boolean().optional(),
      remote: z.string().min(1).optional(),
      repositories: z.array(repositorySchema).min(1).optional(),
      /** Path patterns replacing the defaults (k8s/, terraform/, helm/, Terraform and Helm files anywhere, ...). */
      paths: patterns.optional(),
      additionalPaths: patterns.optional(),
      /** Glob → service, first match wins, e.g. {"k8s/payments/**": "payments"}. */
      services: services.optional(),
      inferServices: z.boolean().optional(),
      includeEmails: z.boolean().optional(),
      history: z.enum(['first-parent', 'all']).optional(),
      maxCommits: count.optional(),
      maxFilesPerCommit: count.optional(),
      maxOutputBytes: count.optional(),
      timeoutMs: count.optional(),
      fetchTimeoutMs: count.optional(),
      gitBinary: z.string().min(1).optional(),
    })
    .strict(),
  async create(entry, context) {
    const shapeIssues = describeShape(entry);
    if (shapeIssues.length > 0)
      throw new InvalidInputError({ source: 'git collector entry', issues: shapeIssues });
    const { type: _type, id, path, ref, webUrl, fetch, remote, repositories, ...options } = entry;
    const shorthand = path !== undefined;
    const listed: GitRepositoryOptions[] = shorthand
      ? [
          {
            path,
            ...(ref === undefined ? {} : { ref }),
            ...(webUrl === undefined ? {} : { webUrl }),
            ...(fetch === undefined ? {} : { fetch }),
            ...(remote === undefined ? {} : { remote }),
          },
        ]
      : (repositories ?? []);
    try {
      return [
        createGitCollector({
          ...options,
          ...(id === undefined ? {} : { collectorId: id }),
          repositories: listed.map((repository) => ({
            ...repository,
            path: resolve(context.baseDirectory, repository.path),
          })),
          environment: context.environment,
        }),
      ];
    } catch (error) {
      if (!InvalidInputError.isInstance(error)) throw error;
      throw new InvalidInputError({
        source: 'git collector entry',
        issues: error.issues.map((issue) => ({ ...issue, path: toEntryPath(issue.path, shorthand) })),
        cause: error,
      });
    }
  },
});
