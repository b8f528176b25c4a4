-- wrk script: post a reply as the logged-in member (token and body come from the environment).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.body = "csrf_token=" .. os.getenv("BENCH_CSRF") .. "&body=Onze+ervaring%3A+het+werkte+goed+met+een+kleine+projectgroep."
