# `-i exits.py`: SystemExit is shown as a traceback and the prompt still opens.
raise SystemExit(5)
