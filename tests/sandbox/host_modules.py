# Modules that reach the host (files, environment, processes, network, clock) cannot be imported.
try:
    import os
    print("reachable")
except ImportError:
    print("blocked")
try:
    import subprocess
    print("reachable")
except ImportError:
    print("blocked")
try:
    import socket
    print("reachable")
except ImportError:
    print("blocked")
try:
    import time
    print("reachable")
except ImportError:
    print("blocked")
try:
    import io
    print("reachable")
except ImportError:
    print("blocked")
try:
    import importlib
    print("reachable")
except ImportError:
    print("blocked")
