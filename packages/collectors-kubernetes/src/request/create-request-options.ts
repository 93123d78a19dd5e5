import {
  type ConfigurationOptions,
  Observable,
  type ObservableMiddleware,
  type RequestContext,
  type ResponseContext,
} from '@kubernetes/client-node';

/** Where {@link createRequestOptions} records the URL it sent, for error messages. */
export interface SentRequest {
  url: string;
}

/**
 * Per-call options for the official client: a middleware that attaches `signal` (abort and timeout) to the
 * request, adds `queryParameters` the generated method has no argument for (`sinceTime` of pod logs),
 * records the URL in `sent`, and refuses to send anything but GET — a guard that keeps this package
 * read-only whatever a future change calls.
 */
export function createRequestOptions(options: {
  readonly signal: AbortSignal;
  readonly sent: SentRequest;
  readonly queryParameters?: Readonly<Record<string, string>>;
}): ConfigurationOptions<ObservableMiddleware> {
  const middleware: ObservableMiddleware = {
    pre(context: RequestContext) {
      if (context.getHttpMethod() !== 'GET') {
        throw new Error(
          `refused to send ${context.getHttpMethod()} ${context.getUrl()}: this collector only reads`,
        );
      }
      for (const [name, value] of Object.entries(options.queryParameters ?? {})) {
        context.setQueryParam(name, value);
      }
      context.setSignal(options.signal);
      options.sent.url = context.getUrl();
      return new Observable(Promise.resolve(context));
    },
    post(context: ResponseContext) {
      return new Observable(Promise.resolve(context));
    },
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
