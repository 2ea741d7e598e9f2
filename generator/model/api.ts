import type { At } from './at.js';
import type { SpecIssue } from './issue.js';
import type { Operation } from './operation.js';
import type { NamedSchema } from './schema.js';

export interface SecurityScheme {
  /** The scheme's name under `components.securitySchemes`. */
  readonly name: string;
  /** The client option that holds the credential (`apiToken`); unique among client options. */
  readonly option: string;
  /**
   * `bearer`: HTTP bearer, and OAuth2 / OpenID Connect (the client takes an access token);
   * `basic`: HTTP basic (`{ username, password }`); `apiKey`: in a header, query parameter or cookie.
   */
  readonly kind: 'bearer' | 'basic' | 'apiKey';
  readonly in?: 'header' | 'query' | 'cookie';
  /** The header, query parameter or cookie name of an apiKey. */
  readonly paramName?: string;
  readonly description?: string;
  /** Environment variable the client falls back to (`x-sdk-env`). */
  readonly env?: string;
  readonly at: At;
}

export interface SdkSettings {
  /** npm name of the generated package (`x-sdk.packageName`, else from the title). */
  readonly packageName: string;
  /** The version the spec asks for (`x-sdk.packageVersion`, else `info.version`); the change report may raise it. */
  readonly declaredVersion: string;
  /** `createCloudflareBillingClient`, and the same without response validators. */
  readonly clientFactory: string;
  readonly liteClientFactory: string;
  /** The client's interface and options types. */
  readonly clientType: string;
  readonly optionsType: string;
  readonly license: string;
  /** Default base URL, from the first server; '' when none is absolute. */
  readonly baseUrl: string;
  /** `x-sdk.envPrefix`: the client reads `<prefix>_BASE_URL` and `<prefix>_LOG`. */
  readonly envPrefix?: string;
}

/**
 * A node of the client (`client.user.billing.history`): its methods and child namespaces, with
 * the names the output gives it, decided once in the build stage.
 */
export interface Namespace {
  /** Property names from the client down: `['user', 'billing', 'history']`. */
  readonly path: readonly string[];
  /** Its interface in the declarations: `UserBillingHistory`. */
  readonly typeName: string;
  /**
   * The exported resource (its methods only) for the tree-shakable client, `userBillingHistory`;
   * absent for a namespace without methods of its own.
   */
  readonly resourceName?: string;
  /** Method name -> operation, in name order. */
  readonly methods: readonly { readonly name: string; readonly operation: Operation }[];
  /** Child property names, in name order. */
  readonly children: readonly string[];
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** The spec's file name relative to the output's parent, for generated headers. */
  readonly sourceName: string;
  readonly sourceHash: string;
  readonly openapi: string;
  readonly sdk: SdkSettings;
  readonly securitySchemes: readonly SecurityScheme[];
  /** The spec's top-level security alternatives, else those its operations name (for `raw`, and the half-pair check). */
  readonly security: readonly (readonly string[])[];
  /** Sorted by sdkPath: the order of the client's methods everywhere in the output. */
  readonly operations: readonly Operation[];
  /** Every node of the client, parents before children, siblings in name order. */
  readonly namespaces: readonly Namespace[];
  /** Component schemas, in spec order. */
  readonly schemas: readonly NamedSchema[];
  readonly warnings: readonly SpecIssue[];
}
