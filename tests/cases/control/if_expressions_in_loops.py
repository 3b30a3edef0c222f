# Conditions on loop results and state machines.
state = "start"
log = []
for event in ["go", "pause", "go", "stop", "go"]:
    if state == "start" and event == "go":
        state = "running"
    elif state == "running" and event == "pause":
        state = "paused"
    elif state == "paused" and event == "go":
        state = "running"
    elif event == "stop":
        state = "stopped"
    log.append(state)
print(log)
