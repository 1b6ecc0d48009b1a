import type * as z from 'zod';

/** A type whose arrays and fields, all the way down, are read-only. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * The JSON body an operation answers with, as its response schema describes it. Read-only
 * so the server's own read-only state types can be sent as they are, and so a client
 * never edits an answer in place.
 */
export type ResponseBody<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;
