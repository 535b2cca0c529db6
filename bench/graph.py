"""Mixed: graph search on a generated weighted grid with walls:
breadth-first search with collections.deque, Dijkstra with heapq,
connected components by iterative depth-first search, and a
topological sort of a generated DAG."""
import sys
import heapq
from collections import deque


def make_grid(w, h, seed):
    state = seed
    walls = set()
    weight = {}
    for y in range(h):
        for x in range(w):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 100 < 22 and (x, y) != (0, 0) and (x, y) != (w - 1, h - 1):
                walls.add((x, y))
            weight[(x, y)] = 1 + (state >> 8) % 9
    return walls, weight


def neighbours(node, w, h, walls):
    x, y = node
    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
        if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in walls:
            yield (nx, ny)


def bfs(start, w, h, walls):
    dist = {start: 0}
    q = deque([start])
    while q:
        node = q.popleft()
        d = dist[node] + 1
        for nb in neighbours(node, w, h, walls):
            if nb not in dist:
                dist[nb] = d
                q.append(nb)
    return dist


def dijkstra(start, goal, w, h, walls, weight):
    best = {start: 0}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == goal:
            return d
        if d > best[node]:
            continue
        for nb in neighbours(node, w, h, walls):
            nd = d + weight[nb]
            if nd < best.get(nb, 1 << 60):
                best[nb] = nd
                heapq.heappush(heap, (nd, nb))
    return -1


def components(w, h, walls):
    seen = set()
    sizes = []
    for y in range(h):
        for x in range(w):
            if (x, y) in walls or (x, y) in seen:
                continue
            stack = [(x, y)]
            seen.add((x, y))
            size = 0
            while stack:
                node = stack.pop()
                size += 1
                for nb in neighbours(node, w, h, walls):
                    if nb not in seen:
                        seen.add(nb)
                        stack.append(nb)
            sizes.append(size)
    return sizes


def toposort(n, seed):
    state = seed
    edges = {i: [] for i in range(n)}
    indeg = [0] * n
    for i in range(n):
        for _ in range(3):
            state = (state * 69069 + 1) & 0xFFFFFFFF
            j = i + 1 + state % 20
            if j < n:
                edges[i].append(j)
                indeg[j] += 1
    ready = [i for i in range(n) if indeg[i] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        i = heapq.heappop(ready)
        order.append(i)
        for j in edges[i]:
            indeg[j] -= 1
            if indeg[j] == 0:
                heapq.heappush(ready, j)
    return order


def main(rounds):
    check = 0
    w = h = 60
    for r in range(rounds):
        walls, weight = make_grid(w, h, r + 11)
        dist = bfs((0, 0), w, h, walls)
        check += len(dist) + max(dist.values())
        check += dijkstra((0, 0), (w - 1, h - 1), w, h, walls, weight)
        sizes = components(w, h, walls)
        check += len(sizes) + max(sizes)
        order = toposort(2000, r)
        check += sum(i * v for i, v in enumerate(order[:100])) % 10007
    print("graph", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 330)
