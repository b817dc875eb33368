/**
 * Replies under the comments they answer, as WordPress threads them. Replies nest three deep at most (a comment, a
 * reply, a reply to that), so a thread stays readable on a phone; the deepest comments take no Reply link.
 */
export const maxReplyDepth = 3;

export type Threaded<T> = T & { depth: number; replies: Threaded<T>[] };

/**
 * The comments as threads, each list oldest first as given. A reply whose comment is not shown (held, marked as spam
 * or deleted) stands on its own at the top level, as a comment would.
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
  const setDepth = (nodes: Threaded<T>[], depth: number) => {
    for (const node of nodes) {
      node.depth = depth;
      setDepth(node.replies, depth + 1);
    }
  };
  setDepth(top, 1);
  return top;
}
