# A linked list class with nodes, iteration via a method, reverse and length.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)

    def to_list(self):
        out, node = [], self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def length(self):
        return len(self.to_list())

    def remove(self, value):
        if self.head and self.head.value == value:
            self.head = self.head.next
            return True
        node = self.head
        while node and node.next:
            if node.next.value == value:
                node.next = node.next.next
                return True
            node = node.next
        return False


ll = LinkedList([1, 2, 3, 4, 5])
print(ll.to_list(), ll.length())
print(ll.reverse().to_list())
print(ll.remove(3), ll.remove(5), ll.remove(42), ll.to_list())
print(LinkedList().to_list(), LinkedList().reverse().to_list())
