for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        for j in range(2):
            if j:
                break
        print("handled", i)
