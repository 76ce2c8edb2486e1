/**
 * Turns a validated subscription operation into what the topic groups need: the served
 * field, its coerced arguments, and the root query that resolves its selection set.
 */
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parseType,
  print,
  separateOperations,
  type VariableDefinitionNode,
  visit,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { RootQuery, SubscriptionSource } from './registry';

/** A subscription ready to join (or form) a topic group. */
export interface PreparedSubscription {
  source: SubscriptionSource;
  /** Alias or field name: the key of the payload under `data`. */
  responseKey: string;
  /** Coerced arguments of the subscription field. */
  args: Record<string, unknown>;
  /** Root query text; `$__<arg>` variables carry the root field's arguments. */
  query: string;
  /** Values of the subscription's own variables the selection set uses (directives, field arguments). */
  selectionVariables: Record<string, unknown>;
  /** Subscribers with equal keys share one topic group (field + arguments + selection + its variables). */
  groupKey: string;
  /**
   * When the selection needs nothing but the event's own fields (`source.fromEvent`): the
   * payload's `[response key, field name]` pairs, built from each event without a root query.
   */
  eventSelection?: [string, string][];
}

/** Prefix of the variables the gateway adds for the root field's arguments (clients cannot declare `__` names). */
const ARG_PREFIX = '__';

/**
 * Analyses a subscription operation (already validated against `schema`).
 * @throws GraphQLError (BAD_USER_INPUT) when the field is not served by the gateway or the
 *   arguments do not coerce
 */
export function prepareSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown>,
  sources: Map<string, SubscriptionSource>,
): PreparedSubscription {
  const separated = separateOperations(document);
  const operationDocument = operationName ? separated[operationName] : Object.values(separated)[0];
  const operation = operationDocument?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operationDocument || !operation || operation.operation !== 'subscription')
    throw badInput('Expected one subscription operation');
  // Validation (single root field) guarantees exactly one field selection at the root.
  const fieldNode = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  const fieldDef = fieldNode && schema.getSubscriptionType()?.getFields()[fieldNode.name.value];
  if (!fieldNode || !fieldDef) throw badInput('Subscriptions need exactly one subscription field at the root');
  const source = sources.get(fieldDef.name);
  if (!source) throw badInput(`Subscription field ${fieldDef.name} is not served by this gateway`);

  const args = getArgumentValues(fieldDef, fieldNode, variables) as Record<string, unknown>;
  const responseKey = fieldNode.alias?.value ?? fieldNode.name.value;
  const fragments = operationDocument.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const used = usedVariables([fieldNode.selectionSet, ...fragments]);
  const kept = (operation.variableDefinitions ?? []).filter((d) => used.has(d.variable.name.value));
  const selectionVariables = Object.fromEntries(
    kept
      .filter((d) => d.variable.name.value in variables)
      .map((d) => [d.variable.name.value, variables[d.variable.name.value]]),
  );
  const selection = fieldNode.selectionSet ? print(fieldNode.selectionSet) : '';
  const query = rootQueryText(
    source.query,
    responseKey,
    selection,
    kept,
    fragments.map((f) => print(f)),
  );
  return {
    source,
    responseKey,
    args,
    query,
    selectionVariables,
    groupKey: JSON.stringify([source.field, args, query, selectionVariables]),
    eventSelection: eventSelection(source, fieldNode),
  };
}

/**
 * The selection as `[response key, field name]` pairs when the event alone answers it: plain
 * fields of `source.fromEvent` or `__typename`, no arguments, directives, sub-selections or
 * fragments. Otherwise undefined (a root query resolves each update).
 */
function eventSelection(source: SubscriptionSource, fieldNode: FieldNode): [string, string][] | undefined {
  const available = source.fromEvent?.fields;
  const selections = fieldNode.selectionSet?.selections;
  if (!available || !selections?.length) return undefined;
  const pairs: [string, string][] = [];
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD || selection.selectionSet || selection.arguments?.length) return undefined;
    if (selection.directives?.length) return undefined;
    const name = selection.name.value;
    if (name !== '__typename' && !available.includes(name)) return undefined;
    pairs.push([selection.alias?.value ?? name, name]);
  }
  return pairs;
}

/**
 * Text of a root query: `query(<kept variables>, $__<arg>: <type>…) { <responseKey>: <field>(<arg>: $__<arg>…) <selection> }`
 * followed by the fragments the selection uses.
 */
export function rootQueryText(
  root: RootQuery,
  responseKey: string,
  selection: string,
  kept: readonly VariableDefinitionNode[] = [],
  fragments: string[] = [],
): string {
  const argNames = Object.keys(root.argTypes);
  const definitions = [
    ...kept.map((d) => print(d)),
    ...argNames.map((name) => `$${ARG_PREFIX}${name}: ${print(parseType(root.argTypes[name]))}`),
  ];
  const callArgs = argNames.map((name) => `${name}: $${ARG_PREFIX}${name}`);
  const head = definitions.length
    ? `query GatewaySubscription(${definitions.join(', ')})`
    : 'query GatewaySubscription';
  const call = callArgs.length ? `${root.field}(${callArgs.join(', ')})` : root.field;
  return [`${head} { ${responseKey}: ${call} ${selection} }`, ...fragments].join('\n');
}

/** The `$__<arg>` variables of a root query call. */
export function rootQueryVariables(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`${ARG_PREFIX}${name}`, value]));
}

function usedVariables(nodes: readonly (object | undefined)[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if (!node) continue;
    visit(node as DocumentNode, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  }
  return names;
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
