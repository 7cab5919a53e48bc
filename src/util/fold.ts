interface Frame<N, C, R> {
  node: N
  context: C
  children: ReadonlyArray<readonly [N, C]>
  results: R[]
}

/**
 * Evaluate a tree bottom-up without recursion, so no nesting depth can overflow the call
 * stack: each node's result is computed from its children's results, children first.
 *
 * @param node The root.
 * @param context What the root is evaluated in (an indentation, say).
 * @param expand A node's children, each with the context it is evaluated in.
 * @param combine A node's result from its children's results, in order.
 * @returns The root's result.
 */
export function fold<N, C, R>(
  node: N,
  context: C,
  expand: (node: N, context: C) => ReadonlyArray<readonly [N, C]>,
  combine: (node: N, context: C, results: R[]) => R,
): R {
  const stack: Array<Frame<N, C, R>> = [{ node, context, children: expand(node, context), results: [] }]
  for (;;) {
    const top = stack[stack.length - 1] as Frame<N, C, R>
    const next = top.children[top.results.length]
    if (next !== undefined) {
      stack.push({ node: next[0], context: next[1], children: expand(next[0], next[1]), results: [] })
      continue
    }
    const result = combine(top.node, top.context, top.results)
    stack.pop()
    const parent = stack[stack.length - 1]
    if (parent === undefined) return result
    parent.results.push(result)
  }
}
