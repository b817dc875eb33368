/**
 * Replies under the comments they answer, as WordPress threads them. Replies nest three deep at most (a comment, a
 * reply, a reply to that), so a thread stays readable on a phone; the deepest comments take no Reply link.
 */
export const maxReplyDepth = 3;

export type Threaded<T> = T & { depth: number; replies: Threaded<T>[] };

/**
 * The comments as threads, each list oldest first as given. A reply whose comment is not shown (held, marked as spam
 * or deleted) stands on its own at the top level, as a comment would. A thread deeper than the limit, which a
 * moderator can make by approving again a comment whose replies had been answered meanwhile, shows its deeper replies
 * on the last level, each after the comment it answers, as WordPress does.
 */
export function threadComments<T extends { id: number; parentId: number | null }>(comments: T[]): Threaded<T>[] {
  const byId = new Map<number, Threaded<T>>(comments.map((c) => [c.id, { ...c, depth: 1, replies: [] }]));
  const top: Threaded<T>[] = [];
  for (const comment of comments) {
    const node = byId.get(comment.id)!;
    const parent = comment.parentId === null ? undefined : byId.get(comment.parentId);
    if (parent && parent !== node) parent.replies.push(node);
    else top.push(node);
  }
  const below = (node: Threaded<T>): Threaded<T>[] => node.replies.flatMap((reply) => [reply, ...below(reply)]);
  const place = (nodes: Threaded<T>[], depth: number): Threaded<T>[] =>
    nodes.flatMap((node) => {
      node.depth = depth;
      if (depth < maxReplyDepth) {
        node.replies = place(node.replies, depth + 1);
        return [node];
      }
      const deeper = below(node);
      for (const reply of [node, ...deeper]) {
        reply.depth = depth;
        reply.replies = [];
      }
      return [node, ...deeper];
    });
  return place(top, 1);
}

/** The comments a reply may answer (above a thread's deepest level), by id: their authors' names. */
export function replyableNames<T extends { id: number; authorName: string }>(threads: Threaded<T>[], names: Record<string, string> = {}): Record<string, string> {
  for (const c of threads) {
    if (c.depth < maxReplyDepth) names[c.id] = c.authorName;
    replyableNames(c.replies, names);
  }
  return names;
}
