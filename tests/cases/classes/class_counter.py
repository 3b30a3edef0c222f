# Class-level state updated through the class, type(self), and cls.
class Ticket:
    issued = 0
    next_id = 100

    def __init__(self, owner):
        Ticket.issued += 1
        self.id = type(self).next_id
        type(self).next_id += 1
        self.owner = owner

    @classmethod
    def reset(cls):
        cls.next_id = 100


class VipTicket(Ticket):
    next_id = 900


tickets = [Ticket("a"), Ticket("b"), VipTicket("c"), VipTicket("d"), Ticket("e")]
print([(t.owner, t.id) for t in tickets])
print(Ticket.issued, Ticket.next_id, VipTicket.next_id, "issued" in VipTicket.__dict__)
VipTicket.reset()
print(Ticket.next_id, VipTicket.next_id)
