#pragma once
#include <map>
#include <string>
#include <vector>

namespace greet {
std::string greeting(const std::string& name);
std::vector<std::string> known_names();
std::string format_list(const std::vector<std::string>& items);
double mean(const std::vector<double>& values);
double stddev(const std::vector<double>& values);
std::vector<double> parse_numbers(const std::string& text);
std::string table(const std::map<std::string, double>& rows);
bool has_gpu();
}  // namespace greet
