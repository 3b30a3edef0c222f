# Error codes propagated via exceptions through several layers.
def validate(order):
    if "qty" not in order:
        raise KeyError("qty")
    if order["qty"] <= 0:
        raise ValueError(f"bad qty {order['qty']}")
    return order["qty"] * order.get("price", 1)
orders = [{"qty": 2, "price": 5}, {"price": 3}, {"qty": 0}, {"qty": 3}]
for i, o in enumerate(orders):
    try:
        print(i, "total", validate(o))
    except KeyError as e:
        print(i, "missing field", e)
    except ValueError as e:
        print(i, "invalid:", e)
